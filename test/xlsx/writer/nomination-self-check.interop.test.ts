import { extract, layoutReport, unitTemplates, validate } from "../../../src/core";
import { CHECK_SHEET } from "../../../src/core/layout/check-sheet";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { checkErrors } from "../../support/check-marks";
import type { TypedValue } from "../../support/fill-by-name";
import type { Fill } from "../../support/plan-grid";
import { gnumericSheets } from "../../support/gnumeric";
import { AWARDS, campaignWith, D1, LDST, line, PLAQUE, person } from "../../support/nominations";
import { sheetsAsCsv } from "../../support/libreoffice";
import { fillWithOpenpyxl } from "../../support/openpyxl";
import { consistentFills } from "../../support/reports";

// A clerk without the add-in relies on the template's own Kiểm tra sheet: a list line the roll-up would
// refuse must show there as an error too, counted in the status line, and an honest list as none.
// Filled by openpyxl (no cached results), recomputed by Gnumeric and by LibreOffice.

const source = unitTemplates(campaignWith(AWARDS), D1)[0]!;
const figures = consistentFills(source.templates, 5) as Record<string, TypedValue>;
const lines = (...cells: Record<string, Fill>[]) =>
  Object.assign({}, ...cells.map((c, i) => line(i + 1, c))) as Record<string, TypedValue>;

const HONEST = lines(person("An", LDST, true), {
  subject: "Công trình, sáng kiến",
  name: "Dây chuyền 1",
  award: PLAQUE,
  direct_worker: "Không",
  value: 50_000_000,
});
const BROKEN = lines(
  person("An", LDST, true),
  { name: "Bình", direct_worker: "Có" },
  { achievement: "Thành tích tốt" },
  { name: "Chi", award: LDST },
  { ...person("Dũng", LDST, false), value: "năm triệu" },
  { ...person("Én", LDST, true), value: -5 },
);

/** The check sheet's list lines: their result, by the rule `validate` gives for the same lines. */
const LIST_LINES = [
  ["Đề nghị khen thưởng: dòng có nội dung nhưng thiếu", "nomination.no_name"],
  ["Đề nghị khen thưởng: dòng có tên nhưng chưa chọn hình thức", "nomination.no_award"],
  ["Đề nghị khen thưởng: dòng có tên nhưng chưa chọn Có hoặc Không", "nomination.bad_yes_no"],
  ["Đề nghị khen thưởng: giá trị làm lợi", "nomination.bad_value"],
] as const;

async function judged(list: Record<string, TypedValue>) {
  const bytes = fillWithOpenpyxl(await writeWorkbookPlan(layoutReport(source)), { ...figures, ...list });
  const findings = validate(extract(readWorkbookGrid(bytes, "A1.xlsx")));
  const check = gnumericSheets(bytes).get(CHECK_SHEET)!;
  const shown = LIST_LINES.map(([text]) => check.find((row) => row[2]!.startsWith(text))?.[4]);
  // What a clerk opening the file in LibreOffice sees: the same results.
  const seen = sheetsAsCsv(bytes, "xlsx").get(CHECK_SHEET)!;
  expect(LIST_LINES.map(([text]) => seen.find((row) => row[2]!.startsWith(text))?.[4])).toEqual(shown);
  const refused = LIST_LINES.map(([, rule]) => findings.filter((f) => f.rule === rule).length);
  return { check, shown, refused, errors: findings.filter((f) => f.severity === "error").length };
}

describe("the template's own check of its Đề nghị khen thưởng list, recomputed by Gnumeric", () => {
  it("counts each line the roll-up refuses, as many as validate finds, in the status line too", async () => {
    const { check, shown, refused, errors } = await judged(BROKEN);
    // By hand: line 3 has no name; line 2 no award; line 4 no Có/Không; lines 5 and 6 a value that is
    // text or below zero.
    expect(refused).toEqual([1, 1, 1, 2]);
    expect(shown).toEqual([
      "✗ 1 dòng / 1 line(s)",
      "✗ 1 dòng / 1 line(s)",
      "✗ 1 dòng / 1 line(s)",
      "✗ 2 dòng / 2 line(s)",
    ]);
    expect(errors).toBe(5);
    expect(checkErrors(check)).toBe(4);
  });

  it("shows an honest list, a person and a work with its value, as nothing wrong", async () => {
    const { check, shown, refused, errors } = await judged(HONEST);
    expect(refused).toEqual([0, 0, 0, 0]);
    expect(errors).toBe(0);
    expect(shown).toEqual(["✓", "✓", "✓", "✓"]);
    expect(checkErrors(check)).toBe(0);
  });
});
