import { rollup, TEMPLATE_IDS, type Summary } from "../../src/core";
import { displayWidth } from "../../src/cli/display-width";
import { summaryToJson } from "../../src/cli/summary-json";
import { formatSummaryTable } from "../../src/cli/summary-table";
import { withBlankCells } from "../support/blank-cells";
import { consistentFills, submission, testCampaign, unit } from "../support/reports";

const BLOCS = ["Cụm 1 – Phường, ngành", "Cụm 2 – Xã", "Cụm 3 – Khu công nghiệp"];
const CODES = Array.from({ length: 48 }, (_, i) => `X${String(i + 1).padStart(2, "0")}`);
/** Twenty cells of Biểu 02 a unit left blank, as most of the 48 did. */
const TWENTY = Array.from(
  { length: 20 },
  (_, i) => `${String.fromCharCode(67 + (i % 10))}${9 + Math.floor(i / 10)}`,
);

let summary: Summary;

beforeAll(() => {
  const units = CODES.map((code, i) => ({
    ...unit(code, `Công đoàn cơ sở phường số ${i + 1} thành phố Biên Hòa`),
    bloc: BLOCS[i % 3]!,
  }));
  const rolled = rollup(
    CODES.map((code, i) =>
      submission(
        { unit: units[i]!, fills: consistentFills(TEMPLATE_IDS, 300 + i) },
        `${code}.xlsx`,
        i % 7 === 0 ? "2025-07-19T08:00:00Z" : "2025-07-05T08:00:00Z",
      ),
    ),
    { campaign: testCampaign({}, units) },
  );
  summary = CODES.slice(0, 45).reduce((s, code) => withBlankCells(s, code, TWENTY), rolled);
});

const header = (lines: string[]) => lines.find((l) => /^(#|Mã)\s/.test(l))!.split(/\s{2,}/);
const linesAt = (width: number, lang: "vi" | "en" = "vi") =>
  formatSummaryTable(summary, lang, width).split("\n");

describe("the roll-up of 48 units in a terminal", () => {
  it.each([40, 48, 60, 80, 100, 132, 200, 300])("no line is wider than %i columns", (width) => {
    for (const lang of ["vi", "en"] as const)
      for (const line of linesAt(width, lang)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  it("at 80 columns a unit's row has its code, its name cut with …, status, score, grade and ranks", () => {
    const lines = linesAt(80);
    expect(lines[1]!.split(/\s{2,}/)).toEqual([
      "#",
      "Mã",
      "Đơn vị",
      "Tình trạng",
      "Điểm",
      "Xếp loại",
      "Hạng cụm",
      "Hạng",
    ]);
    const rows = lines.filter((l) => /^\d+\s+X\d\d\s/.test(l));
    expect(rows).toHaveLength(48);
    const x08 = rows.find((r) => /^\d+\s+X08\s/.test(r))!;
    expect(x08).toMatch(/ Công đoàn cơ sở phường( số)?…\s+Trễ 4 ngày\s+[\d,]+\s+\S+( \S+)?\s+\d+\s+\d+$/);
    expect(lines.filter((l) => l.startsWith("— Cụm thi đua: "))).toHaveLength(3);
  });

  it("shows every target's result at 80 columns, in tables of their own that fit", () => {
    const lines = linesAt(80);
    const start = lines.indexOf("Kết quả theo chỉ tiêu (✓ đạt, ✗ chưa đạt):");
    expect(start).toBeGreaterThan(0);
    const headers = lines.slice(start).filter((l) => l.startsWith("Mã  "));
    expect(headers.length).toBeGreaterThan(1);
    const shown = headers.flatMap((h) => h.split(/\s+/).slice(1));
    const targets = summary.units[0]!.attainment.length;
    expect(shown).toEqual([...Array.from({ length: targets }, (_, i) => `T${i + 1}`), "Đạt"]);
    expect(lines.filter((l) => l.startsWith("TỔNG CỘNG "))).toHaveLength(headers.length);
  });

  it("puts the targets beside the units when the terminal is wide enough, and drops columns when narrow", () => {
    const wide = linesAt(300);
    expect(wide[1]).toMatch(/Đơn vị\s+T1\s.*Đạt\s+Tình trạng\s+Điểm/);
    expect(wide.some((l) => l.startsWith("Kết quả theo chỉ tiêu"))).toBe(false);
    expect(wide.find((l) => /^\d+\s+X01\s/.test(l))).toContain(
      "Công đoàn cơ sở phường số 1 thành phố Biên Hòa",
    );
    expect(header(linesAt(40))).toEqual(["Mã", "Đơn vị", "Điểm", "Hạng"]);
    expect(header(linesAt(60))).toEqual(["Mã", "Đơn vị", "Điểm", "Xếp loại", "Hạng cụm", "Hạng"]);
  });

  it("sums the warnings up one line per kind, not one per unit, and --json keeps each of them", () => {
    const lines = linesAt(80);
    const blanks = lines.filter((l) => l.startsWith("  ⚠ ") && l.includes("ô để trống"));
    expect(blanks).toHaveLength(1);
    const blankLine = lines
      .slice(lines.indexOf(blanks[0]!))
      .map((l) => l.trim())
      .join(" ");
    expect(blankLine).toMatch(
      /⚠ X01 Biểu 02!C9 C9: ô để trống .* 900 cảnh báo ở 45 đơn vị: X01, X02, X03, X04, X05 … \+40/,
    );
    expect(lines.filter((l) => /^\s+X\d\d: \d+ cảnh báo$/.test(l))).toEqual([]);
    const kinds = new Set(summary.units.flatMap((u) => u.warnings.map((w) => `${w.rule} ${w.sheet}`)));
    expect(lines.filter((l) => l.startsWith("  ⚠ "))).toHaveLength(kinds.size);

    const json = summaryToJson(summary);
    for (const [i, u] of summary.units.entries())
      expect(json.units[i]!.warnings).toEqual(
        u.warnings.map((w) => ({
          rule: w.rule,
          sheet: w.sheet ?? null,
          cell: w.cell ?? null,
          message: w.message_vi,
          message_en: w.message_en,
        })),
      );
    expect(json.units.reduce((n, u) => n + u.warnings.length, 0)).toBeGreaterThanOrEqual(900);
  });
});
