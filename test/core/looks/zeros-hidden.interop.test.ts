import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { numberFormatted, reportParts, type ReportParts } from "../../support/report-parts";

// Red team, round 9 (r9-B L2): `showZeros="0"` on Biểu 01's view, which LibreOffice takes as its document's
// "zero values" option off: every required figure of 0 shows as an empty cell, a form the checks would refuse
// for its blanks, while the roll-up counts the zeros.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The report with its first input (Biểu 01) 0, its view showing zeros or not. */
function zeroed(showZeros: string | undefined): Uint8Array {
  const { part, cell } = report.input;
  return report.fileWith({
    [part]: (xml) =>
      xml
        .replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>[^<]*</v>`), "$1<v>0</v>")
        .replace(
          "<sheetView ",
          showZeros === undefined ? "<sheetView " : `<sheetView showZeros="${showZeros}" `,
        ),
  });
}

const hiddenZeros = (outcome: Outcome) => ruled(outcome, "sheet.zeros_hidden", ["severity", "sheet", "cell"]);

describe("a form's view that shows its required zeros as empty cells", () => {
  it("warns, naming the sheet and the first required 0, in .xlsx and in LibreOffice's .ods and .xls", () => {
    const hiding = zeroed("0");
    const { cell } = report.input;
    expect(hiddenZeros(fastOutcome(hiding))).toEqual([["warning", "Biểu 01", cell]]);
    const outcome = fastOutcome(hiding);
    expect(
      outcome.read && outcome.findings.find((f) => f.rule === "sheet.zeros_hidden")?.message_vi,
    ).toContain("không hiện số 0");
    for (const format of ["ods", "xls"] as const)
      expect({
        format,
        found: hiddenZeros(sheetJsOutcome(resaveWith(hiding, "xlsx", format), `r.${format}`)),
      }).toEqual({ format, found: [["warning", "Biểu 01", cell]] });
  }, 60_000);

  it("reads the flag as LibreOffice does: off, f and FALSE hide zeros too (round 56)", () => {
    for (const off of ["off", "f", "FALSE", " 0 "])
      expect({ off, found: hiddenZeros(fastOutcome(zeroed(off))) }).toEqual({
        off,
        found: [["warning", "Biểu 01", report.input.cell]],
      });
    for (const on of ["true", "on", "T"])
      expect({ on, found: hiddenZeros(fastOutcome(zeroed(on))) }).toEqual({ on, found: [] });
  });

  it("warns of a required 0 in a number format that writes nothing for it (round 56)", () => {
    const { cell } = report.input;
    const valued = (value: number) => (xml: string) =>
      xml.replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>[^<]*</v>`), `$1<v>${value}</v>`);
    const blankZero = "#,##0;-#,##0;;@";
    expect(hiddenZeros(fastOutcome(numberFormatted(report, blankZero, { sheet: valued(0) })))).toEqual([
      ["warning", "Biểu 01", cell],
    ]);
    expect(hiddenZeros(fastOutcome(numberFormatted(report, blankZero, { sheet: valued(3) })))).toEqual([]);
    expect(hiddenZeros(fastOutcome(numberFormatted(report, "#,##0", { sheet: valued(0) })))).toEqual([]);
  });

  // Red team, round 62: LibreOffice's .ods of such a format (a data style of no integer digit required, a
  // map to an empty section) shows the 0 blank; the reader rendered it "0", and held only the saved text.
  it("warns of it in LibreOffice's .ods and .xls of the file, and not of #,##0", () => {
    const { cell } = report.input;
    const valued = (value: number) => (xml: string) =>
      xml.replace(new RegExp(`(<c r="${cell}"[^>]*>)<v>[^<]*</v>`), `$1<v>${value}</v>`);
    for (const ext of ["ods", "xls"] as const) {
      const saved = (format: string, value: number) =>
        hiddenZeros(
          sheetJsOutcome(
            resaveWith(numberFormatted(report, format, { sheet: valued(value) }), "xlsx", ext),
            `r.${ext}`,
          ),
        );
      for (const format of ["#", "#,##0;-#,##0;;@"])
        expect([ext, format, saved(format, 0)]).toEqual([ext, format, [["warning", "Biểu 01", cell]]]);
      expect([ext, saved("#", 3)]).toEqual([ext, []]);
      expect([ext, saved("#,##0", 0)]).toEqual([ext, []]);
    }
  }, 120_000);

  it("says nothing where zeros show, nor where no required figure is 0", () => {
    expect(hiddenZeros(fastOutcome(zeroed("1")))).toEqual([]);
    expect(hiddenZeros(fastOutcome(zeroed(undefined)))).toEqual([]);
    expect(
      hiddenZeros(
        fastOutcome(
          report.fileWith({
            [report.input.part]: (xml) => xml.replace("<sheetView ", '<sheetView showZeros="0" '),
          }),
        ),
      ),
    ).toEqual([]);
  });
});
