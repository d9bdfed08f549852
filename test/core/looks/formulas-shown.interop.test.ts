import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { printedPages } from "../../support/printed-pages";
import { reportParts, type ReportParts } from "../../support/report-parts";
import { xlsWithRecords } from "../../support/xls-records";

// Red team, round 53: a form's sheet that shows (Excel's Show Formulas) or prints (an .ods page style's
// "Formulas") each formula's text in place of its result: the totals and rates on screen or on the signed
// copy read "=C9+C10+C11" or "###", while the roll-up counts their results; and an .ods page style that
// prints zeros as empty cells, so a required 0 looks never entered on the signed copy.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const formulas = (outcome: Outcome) => ruled(outcome, "sheet.formulas_shown", ["severity", "sheet", "cell"]);
const zeros = (outcome: Outcome) => ruled(outcome, "sheet.zeros_hidden", ["severity", "sheet", "cell"]);

/** The report with Biểu 01's view showing formulas. */
const showingFormulas = () =>
  report.fileWith({
    [report.input.part]: (xml) => xml.replace("<sheetView ", '<sheetView showFormulas="1" '),
  });

/** The first of Biểu 01's computed figures (its first rate), where the template writes a formula. */
const FIRST_COMPUTED = "E9";

/** An .xls whose first sheet's WINDOW2 sets fDspFmla, as Excel writes Show Formulas (LibreOffice never does). */
const xlsShowingFormulas = (xls: Uint8Array) =>
  xlsWithRecords(xls, (records) =>
    records.map((record) => {
      if (record.type !== 0x023e || record.sheet !== 0) return record;
      const view = new DataView(record.body.buffer, record.body.byteOffset);
      view.setUint16(0, view.getUint16(0, true) | 0x0001, true);
      return record;
    }),
  );

/** An .ods with every page style's `style:print` as given. */
function odsPrinting(ods: Uint8Array, words: string): Uint8Array {
  const parts = unzipSync(ods);
  const styles = strFromU8(parts["styles.xml"]!);
  expect(styles).toMatch(/style:print="[^"]*zero-values[^"]*"/);
  parts["styles.xml"] = strToU8(styles.replace(/style:print="[^"]*"/g, `style:print="${words}"`));
  return zipSync(parts);
}

describe("a form's sheet showing or printing formulas in place of their results", () => {
  it("refuses Show Formulas in .xlsx and .xls, naming the form's first computed figure", () => {
    const cell = FIRST_COMPUTED;
    expect(report.text(report.input.part)).toMatch(new RegExp(`<c r="${cell}"[^>]*><f>`));
    expect(formulas(fastOutcome(report.bytes))).toEqual([]);
    const shown = fastOutcome(showingFormulas());
    expect(formulas(shown)).toEqual([["error", "Biểu 01", cell]]);
    expect(shown.read && shown.findings.find((f) => f.rule === "sheet.formulas_shown")?.message_vi).toContain(
      "hiện công thức",
    );
    // LibreOffice 7 neither shows an .xlsx's showFormulas nor saves it: Excel shows and prints the formulas.
    const xls = resaveWith(report.bytes, "xlsx", "xls");
    expect(formulas(sheetJsOutcome(xls, "r.xls"))).toEqual([]);
    expect(formulas(sheetJsOutcome(xlsShowingFormulas(xls), "r.xls"))).toEqual([["error", "Biểu 01", cell]]);
  }, 60_000);

  it("refuses an .ods page style printing formulas, which LibreOffice prints in place of the totals", () => {
    const ods = resaveWith(report.bytes, "xlsx", "ods");
    const printing = odsPrinting(ods, "charts drawings objects zero-values formulas");
    expect(formulas(sheetJsOutcome(ods, "r.ods"))).toEqual([]);
    const outcome = sheetJsOutcome(printing, "r.ods");
    // Every form's sheet prints with the one page style LibreOffice saved them with.
    expect(formulas(outcome)).toEqual([
      ["error", "Biểu 01", FIRST_COMPUTED],
      ["error", "Biểu 02", "I9"],
      ["error", "Biểu 03", "E9"],
      ["error", "Biểu 04", "C11"],
    ]);
    expect(
      outcome.read && outcome.findings.find((f) => f.rule === "sheet.formulas_shown")?.message_en,
    ).toContain("print formulas");
    // What the signed copy shows: the first page (Biểu 01) holds formulas only where the style prints them.
    const [plain, printed] = printedPages([ods, printing]).map((pages) => pages[0]!.text);
    expect(plain).not.toMatch(/=[A-Z]+\d/);
    expect(printed).toMatch(/=[A-Z]+\d/);
  }, 90_000);
});

describe("an .ods page style printing zeros as empty cells", () => {
  /** The report with its first input (Biểu 01) 0. */
  const zeroed = () =>
    report.fileWith({
      [report.input.part]: (xml) =>
        xml.replace(new RegExp(`(<c r="${report.input.cell}"[^>]*>)<v>[^<]*</v>`), "$1<v>0</v>"),
    });

  it("warns where a required figure is 0, naming the printout", () => {
    const ods = resaveWith(zeroed(), "xlsx", "ods");
    expect(zeros(sheetJsOutcome(ods, "r.ods"))).toEqual([]);
    const outcome = sheetJsOutcome(odsPrinting(ods, "charts drawings objects"), "r.ods");
    expect(zeros(outcome)).toEqual([["warning", "Biểu 01", report.input.cell]]);
    expect(
      outcome.read && outcome.findings.find((f) => f.rule === "sheet.zeros_hidden")?.message_vi,
    ).toContain("không in số 0");
    // No required 0: nothing to say.
    const filled = resaveWith(report.bytes, "xlsx", "ods");
    expect(zeros(sheetJsOutcome(odsPrinting(filled, "charts drawings objects"), "r.ods"))).toEqual([]);
  }, 60_000);
});
