import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, type Outcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { inputFigure, reportParts, type ReportParts } from "../../support/report-parts";

// Red team, rounds 41 and 42: an input that looks blank but holds a text (spaces, or a text of no
// characters) makes the form's formulas that add it show #VALUE!, while a cell a writer leaves without its
// string (openpyxl's and pandas' "" for no value) shows empty in LibreOffice and Gnumeric and adds as 0.

let report: ReportParts;
let held: string;

beforeAll(async () => {
  report = await reportParts();
  held = inputFigure(report);
});

/** The errors at the form's first input. */
const errorsAt = (outcome: Outcome) =>
  outcome.read
    ? outcome.findings
        .filter((f) => f.severity === "error" && f.cell === report.input.cell)
        .map((f) => f.rule)
    : ["refused"];

/** The report with its first input's cell written as `cell` (its attributes after the reference). */
const inputAs = (cell: (attributes: string) => string) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      xml.replace(new RegExp(`<c r="${report.input.cell}"([^>]*?)(?: t="[^"]*")?>.*?</c>`), (_, attributes) =>
        cell(attributes as string),
      ),
  });

describe("an input that looks blank", () => {
  it("is blank where the .xlsx writes no string for it, and a text of spaces or no characters where it does", () => {
    const at = report.input.cell;
    const noString = inputAs((a) => `<c r="${at}"${a} t="inlineStr"/>`);
    expect(errorsAt(fastOutcome(noString))).toEqual(["cell.required_blank"]);
    for (const text of ["", " ", "\u00a0"]) {
      const written = inputAs(
        (a) => `<c r="${at}"${a} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`,
      );
      expect({ text, rules: errorsAt(fastOutcome(written)) }).toEqual({ text, rules: ["cell.blank_text"] });
    }
  });

  it("is a text of no characters in LibreOffice's .ods, whose formulas cannot add it", () => {
    const ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
    const content = strFromU8(ods["content.xml"]!);
    const figure = new RegExp(
      `<table:table-cell([^>]*?) office:value-type="float" office:value="${held}"[^>]*>.*?</table:table-cell>`,
    );
    expect(figure.test(content)).toBe(true);
    const emptied = content.replace(
      figure,
      (_, style: string) =>
        `<table:table-cell${style} office:value-type="string" calcext:value-type="string"><text:p/></table:table-cell>`,
    );
    const file = zipSync({ ...ods, "content.xml": strToU8(emptied) });
    expect(errorsAt(sheetJsOutcome(file, "r.ods"))).toEqual(["cell.blank_text"]);
    expect(errorsAt(sheetJsOutcome(zipSync(ods), "r.ods"))).toEqual([]);
  }, 60_000);
});
