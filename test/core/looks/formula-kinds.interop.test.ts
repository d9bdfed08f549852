import { validate, type Finding } from "../../../src/core";
import { readSubmission } from "../../../src/xlsx";
import { resaveWith, sheetsAsCsv } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Inputs of "Biểu 01" that hold a figure Excel and LibreOffice do not show as typed: each cell of an
// array formula or a data table shows what it computes, though only one cell holds the formula (a data
// table's holds no text at all), and a shared formula's copy shows its first cell's formula shifted.

/** The `<f>` given to each input cell, before its cached `<v>`. */
const FORMULAS: Record<string, string> = {
  F9: '<f t="dataTable" ref="F9:G10" dt2D="0" dtr="0" r1="C9"/>',
  H9: '<f t="array" ref="H9:I10">C9:D10*1</f>',
  // A copy before the cell that gives its text, and a copy of a text no cell gives.
  J9: '<f t="shared" si="0"/>',
  J10: '<f t="shared" ref="J9:J10" si="0">C10-D10</f>',
  J11: '<f t="shared" si="5"/>',
  // A shared formula as Excel writes one.
  C11: '<f t="shared" ref="C11:D11" si="1">C9+0</f>',
  D11: '<f t="shared" si="1"/>',
};
const DATA_TABLE = ["F9", "G9", "F10", "G10"];
const ARRAY = ["H9", "I9", "H10", "I10"];
const SHEET = "Biểu 01";

let report: ReportParts;
let tricked: Uint8Array;

beforeAll(async () => {
  report = await reportParts();
  tricked = report.fileWith({
    [report.input.part]: (xml) =>
      Object.entries(FORMULAS).reduce(
        (sheet, [cell, formula]) =>
          sheet.replace(new RegExp(`(<c r="${cell}"[^>]*>)(<v>)`), `$1${formula}$2`),
        xml,
      ),
  });
});

function errorsOf(bytes: Uint8Array, name: string): Finding[] {
  const submission = readSubmission(bytes, { name, sha256: "x" });
  if (!("extraction" in submission)) throw new Error(`${name} was refused`);
  return validate(submission.extraction).filter((f) => f.sheet === SHEET && f.severity === "error");
}

/** The cells of the errors of `rule`, each once, sorted. */
const cellsOf = (findings: readonly Finding[], rule: (name: string) => boolean) =>
  [...new Set(findings.filter((f) => rule(f.rule)).map((f) => f.cell!))].sort();

const FORMULA_RULES = (rule: string) =>
  rule === "cell.formula_in_input" ||
  rule === "cell.formula_unverifiable" ||
  rule === "cell.formula_result_differs";

/** Each finding of the cells, checked to name the formula's kind in both languages. */
function expectKind(findings: readonly Finding[], cells: readonly string[], en: string, vi: string): void {
  for (const cell of cells) {
    const found = findings.find((f) => f.cell === cell && f.rule === "cell.formula_in_input");
    expect(found?.message_en).toContain(en);
    expect(found?.message_vi).toContain(vi);
  }
}

describe("an input computed by a formula of any kind is refused at its cell", () => {
  it("names each .xlsx input LibreOffice shows otherwise than the figure read", () => {
    const read = readSubmission(tricked, { name: "r.xlsx", sha256: "x" });
    if (!("extraction" in read)) throw new Error("refused");
    const figures = read.extraction.forms.find((f) => f.def.id === "B01")!.reads;
    const shown = sheetsAsCsv(tricked, "xlsx").get(SHEET)!;
    const shownOtherwise = figures
      .filter((r) => !r.cell.formula && r.address && r.value?.type === "number")
      .filter((r) => {
        const [, col, row] = /^([A-Z]+)(\d+)$/.exec(r.address!)!;
        const text = shown[Number(row) - 1]?.[col!.charCodeAt(0) - 65] ?? "";
        return text.trim() === "" || Number(text) !== (r.value!.value as number);
      })
      .map((r) => r.address!)
      .sort();
    // Every input given a formula, and only those, shows another figure (or text, or none).
    expect(shownOtherwise).toEqual([...new Set([...Object.keys(FORMULAS), ...DATA_TABLE, ...ARRAY])].sort());
    const errors = errorsOf(tricked, "r.xlsx");
    expect(cellsOf(errors, FORMULA_RULES)).toEqual(shownOtherwise);
    expectKind(errors, DATA_TABLE, 'data table "F9:G10"', "bảng dữ liệu (Data Table");
    expectKind(errors, ARRAY, '"H9:I10" of an array formula', "công thức mảng");
    expectKind(errors, ["J9", "J11"], "shared formula", "công thức dùng chung");
  });

  it.each(["xls", "ods"] as const)("names each such input of the .%s LibreOffice saves", (ext) => {
    // LibreOffice keeps the array formula, and writes the data table as MULTIPLE.OPERATIONS formulas.
    const saved = resaveWith(tricked, "xlsx", ext);
    const errors = errorsOf(saved, `r.${ext}`);
    expect(cellsOf(errors, (rule) => rule === "cell.formula_in_input")).toEqual(
      [...DATA_TABLE, ...ARRAY].sort(),
    );
    expectKind(errors, DATA_TABLE, "data table", "bảng dữ liệu");
    expectKind(errors, ARRAY, '"H9:I10" of an array formula', 'vùng "H9:I10" của một công thức mảng');
    // The shared formula's cells hold formulas of their own in these formats, whose results LibreOffice
    // saved: computed from the file's cells, they agree, and are warned of (issue 64).
    const submission = readSubmission(saved, { name: `r.${ext}`, sha256: "x" });
    const warned = "extraction" in submission ? validate(submission.extraction) : [];
    expect(cellsOf(errors, FORMULA_RULES)).toEqual([...DATA_TABLE, ...ARRAY].sort());
    expect(
      cellsOf(
        warned.filter((f) => f.sheet === SHEET && f.severity === "warning"),
        (rule) => rule === "cell.formula_in_input",
      ),
    ).toEqual(["C11", "D11", "J10", "J9"]);
  });
});
