import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  defaultCampaign,
  extract,
  layoutReport,
  parsePeriod,
  unitTemplates,
  validate,
  type Campaign,
  type NominationAward,
} from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { fillByName, type TypedValue } from "../../support/fill-by-name";
import { line } from "../../support/nominations";
import { namedCells, setWithOpenpyxl } from "../../support/openpyxl";
import { consistentFills } from "../../support/reports";

const AWARDS: readonly NominationAward[] = [
  { award: 'Bằng "Lao động sáng tạo"', subject: "person", scope: "province", count: 3 },
  { award: "Biển Công trình thi đua", subject: "work", scope: "unit", count: 1 },
];
const campaign: Campaign = {
  ...defaultCampaign(2025, [{ code: "X01", name: "Công đoàn X01", kind: "commune" }]),
  nominationAwards: AWARDS,
};
const source = unitTemplates(campaign, parsePeriod("2025-D1")!)[0]!;
const SHEET = "Đề nghị khen thưởng";

const forms = consistentFills(["B01", "B02", "B03", "B04"], 5) as Record<string, TypedValue>;

const read = async (bytes: Uint8Array) => extract(await readWorkbookGrid(bytes, "x.xlsx"));

describe("the 'Đề nghị khen thưởng' list in a unit's template file", () => {
  let template: Uint8Array;
  beforeAll(async () => {
    template = await writeWorkbookPlan(layoutReport(source));
  });

  it("is written with its drop-downs, locked headings and unlocked lines, as another program reads it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-nominations-"));
    try {
      const file = path.join(dir, "t.xlsx");
      writeFileSync(file, template);
      const cells = namedCells(file);
      const award = cells.TD_DN_1_award!;
      expect(award).toMatchObject({ sheet: SHEET, address: "G8", locked: false, protected: true });
      expect(award.validations).toEqual([
        { type: "list", operator: null, formula1: "'Đề nghị khen thưởng'!$K$7:$K$8" },
      ]);
      expect(cells.TD_DN_50_direct_worker!.validations[0]!.formula1).toBe("'Đề nghị khen thưởng'!$L$7:$L$8");
      expect(cells.TD_DN_1_value!.validations[0]!.type).toBe("whole");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads back what a clerk filled by name, and refuses a line with no award at its cell", async () => {
    const filled = fillByName(template, {
      ...forms,
      ...(line(1, {
        subject: "Cá nhân",
        name: "Nguyễn Văn A",
        position: "Thợ hàn",
        award: 'Bằng "Lao động sáng tạo"',
        direct_worker: "Có",
        value: 250_000_000,
      }) as Record<string, TypedValue>),
      ...(line(2, { name: "Trần B", direct_worker: "Không" }) as Record<string, TypedValue>),
    });
    const extraction = await read(filled);
    expect(extraction.report!.nominations!.map((n) => [n.name, n.award, n.value, n.directWorker])).toEqual([
      ["Nguyễn Văn A", 'Bằng "Lao động sáng tạo"', 250_000_000, true],
    ]);
    expect(
      validate(extraction)
        .filter((f) => f.severity === "error")
        .map((f) => [f.rule, f.sheet, f.cell]),
    ).toEqual([["nomination.no_award", SHEET, "G9"]]);
    // Nothing else about the file: the sheet is none of the forms' look-alikes, copies or hidden figures.
    expect(validate(extraction).filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("reads a list openpyxl edited cell by cell, as a clerk's script does", async () => {
    const filled = fillByName(template, forms);
    const edited = setWithOpenpyxl(filled, [
      [SHEET, "B8", "Công trình, sáng kiến"],
      [SHEET, "C8", "Dây chuyền sơn tự động"],
      [SHEET, "D8", "Tổ kỹ thuật"],
      [SHEET, "F8", 1_200_000_000],
      [SHEET, "G8", "Biển Công trình thi đua"],
      [SHEET, "H8", "Không"],
      // A formula typed into a text cell: openpyxl saves it without a result, so nothing is read as text.
      [SHEET, "E8", "=1+1"],
    ]);
    const extraction = await read(edited);
    expect(extraction.report!.nominations).toEqual([
      expect.objectContaining({
        subject: "work",
        name: "Dây chuyền sơn tự động",
        value: 1_200_000_000,
        award: "Biển Công trình thi đua",
        directWorker: false,
        cell: "C8",
      }),
    ]);
    expect(validate(extraction).map((f) => [f.severity, f.rule, f.cell])).toContainEqual([
      "warning",
      "nomination.formula",
      "E8",
    ]);
  });
});
