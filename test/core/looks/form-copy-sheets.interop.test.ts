import { fastOutcome, sheetJsOutcome, type Outcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { reportParts, sheetPart, type ReportParts } from "../../support/report-parts";
import { CHECK_SHEET } from "../../../src/core/layout/check-sheet";
import { getTemplate } from "../../../src/core";

// A visible copy of Biểu 02 named "Biểu 2", put before the real form, the workbook opening on the true
// Biểu 01: with the tab bar hidden, a person paging with Ctrl+PgDn or reading the printout meets the
// copy's figures first and cannot tell it from the form, while the roll-up reads the form's (red team,
// round 8: L3). With the tabs shown, the copy's tab tells it apart: a clerk's draft copy is warned of.

const COPY = "Biểu 2";
const FORM = "Biểu 02";
let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The findings about sheets taken for a form's, as [rule, severity, sheet], or "refused". */
const copies = (outcome: Outcome) =>
  outcome.read
    ? outcome.findings
        .filter((f) => f.rule === "sheet.look_alike" || f.rule === "sheet.form_copy")
        .map((f) => [f.rule, f.severity, f.sheet])
    : ["refused"];

/** The report with a copy of Biểu 02 before it, opening on Biểu 01, its tab bar shown or hidden. */
function withCopy(
  tabs: "shown" | "hidden",
  copy: "visible" | "hidden" = "visible",
  sheet = (xml: string) => xml,
  name = COPY,
): Uint8Array {
  return report.fileWith({
    "xl/copy.xml": sheet(report.text(sheetPart(report.text, FORM))),
    "xl/_rels/workbook.xml.rels": (xml) =>
      xml.replace(
        "</Relationships>",
        '<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="copy.xml"/></Relationships>',
      ),
    "xl/workbook.xml": (xml) => {
      const withSheet = xml.replace(
        new RegExp(`<sheet name="${FORM}"`),
        `<sheet name="${name}" sheetId="900"${copy === "hidden" ? ' state="hidden"' : ""} r:id="rId900"/>$&`,
      );
      const names = [...withSheet.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
      const view = `activeTab="${names.indexOf("Biểu 01")}"${tabs === "hidden" ? ' showSheetTabs="0"' : ""}`;
      return withSheet.replace(/<workbookView [^>]*\/>/, `<workbookView ${view}/>`);
    },
  });
}

describe("a visible copy of a form before it, the workbook opening on another form", () => {
  it("says nothing of the report as generated", () => {
    expect(copies(fastOutcome(report.bytes))).toEqual([]);
  });

  it("refuses the copy where the tab bar is hidden, naming it and the form", () => {
    const outcome = fastOutcome(withCopy("hidden"));
    expect(copies(outcome)).toEqual([["sheet.look_alike", "error", COPY]]);
    const found = outcome.read && outcome.findings.find((f) => f.rule === "sheet.look_alike");
    expect(found && found.message_en).toContain(`"${FORM}"`);
    expect(found && found.message_vi).toContain(`"${COPY}"`);
  });

  it("finds the copy's title however far into its part its rows begin", () => {
    // Thirty thousand bytes of column widths before the rows: the sheet's first bytes hold none of them.
    const cols = `<cols>${Array.from({ length: 1000 }, (_, i) => `<col min="${i + 30}" max="${i + 30}" width="9"/>`).join("")}</cols>`;
    const padded = withCopy("hidden", "visible", (xml) =>
      xml.replace("<sheetData>", `${cols}<sheetData>`).replace(/<cols>.*?<\/cols>(?=<cols>)/, ""),
    );
    expect(copies(fastOutcome(padded))).toEqual([["sheet.look_alike", "error", COPY]]);
  });

  // Red team, round 47: five rows inserted above the copy's title, which only the first five were read for.
  it("finds the copy's title below rows inserted above it", () => {
    const lowered = withCopy("hidden", "visible", (xml) =>
      xml.replace(
        /(<(?:row|c) r="[A-Z]*)(\d+)"/g,
        (_, at: string, row: string) => `${at}${Number(row) + 5}"`,
      ),
    );
    expect(copies(fastOutcome(lowered))).toEqual([["sheet.look_alike", "error", COPY]]);
  });

  it("finds a copy put in the check sheet's place, under its name, however low its title", () => {
    const form = report.text(sheetPart(report.text, FORM));
    const lowered = form.replace(
      /(<(?:row|c) r="[A-Z]*)(\d+)"/g,
      (_, at: string, row: string) => `${at}${Number(row) + 30}"`,
    );
    for (const copy of [form, lowered]) {
      const file = report.fileWith({ [sheetPart(report.text, CHECK_SHEET)]: () => copy });
      expect(copies(fastOutcome(file))).toEqual([["sheet.form_copy", "warning", CHECK_SHEET]]);
    }
  });

  it("warns of the copy where the tab bar shows its name", () => {
    expect(copies(fastOutcome(withCopy("shown")))).toEqual([["sheet.form_copy", "warning", COPY]]);
  });

  it("refuses it in the .ods LibreOffice saves, which keeps the tab bar hidden", () => {
    const ods = resaveWith(withCopy("hidden"), "xlsx", "ods");
    expect(copies(sheetJsOutcome(ods, "r.ods"))).toEqual([["sheet.look_alike", "error", COPY]]);
  });

  it("leaves a hidden copy alone: no one pages to it, nor prints it", () => {
    expect(copies(fastOutcome(withCopy("hidden", "hidden")))).toEqual([]);
  });
});

// Red team, round 61: a copy named "Nháp" and retitled "Biễu 02" (a tilde for the hook: another word, told
// apart on purpose) carried no title of the form and no name like its sheet's, and passed unnamed.
describe("a copy of a form under another name and title", () => {
  const title = getTemplate("B02").title.vi;
  const labels = getTemplate("B02").rows.map((row) => row.label.vi);
  /** The copy's cells holding the shared string `text` written as `as` writes them: an inline text, or none. */
  const rewritten = (xml: string, text: string, as: (text: string) => string | null) => {
    const strings = [...report.text("xl/sharedStrings.xml").matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ""),
    );
    const index = strings.indexOf(text);
    expect(index).toBeGreaterThanOrEqual(0);
    const cell = new RegExp(`<c r="([A-Z]+\\d+)"([^>]*) t="s"([^>]*)><v>${index}</v></c>`, "g");
    expect(xml).toMatch(cell);
    const written = as(text);
    return xml.replace(
      cell,
      written === null ? "" : `<c r="$1"$2 t="inlineStr"$3><is><t>${written}</t></is></c>`,
    );
  };
  /** The copy's title written as `text` in place of the form's title. */
  const retitled = (text: string) => (xml: string) => rewritten(xml, title, () => text);
  const CHANGED = title.replace("Biểu", "Biễu");

  it("warns of it by the form's headings and row labels it carries", () => {
    const file = withCopy("shown", "visible", retitled(CHANGED), "Nháp");
    expect(copies(fastOutcome(file))).toEqual([["sheet.form_copy", "warning", "Nháp"]]);
  });

  it("refuses it where the tab bar is hidden", () => {
    const file = withCopy("hidden", "visible", retitled(CHANGED), "Nháp");
    expect(copies(fastOutcome(file))).toEqual([["sheet.look_alike", "error", "Nháp"]]);
  });

  // Red team, round 64: the copy's labels marked " (*)" (or numbered), read as a person reads them.
  it("warns of it with its labels marked as a clerk marks them", () => {
    const marked = (xml: string) =>
      labels.reduce((out, label) => rewritten(out, label, (text) => `${text} (*)`), retitled(CHANGED)(xml));
    expect(copies(fastOutcome(withCopy("shown", "visible", marked, "Nháp")))).toEqual([
      ["sheet.form_copy", "warning", "Nháp"],
    ]);
  });

  it("says nothing of a sheet holding fewer than half of its row labels", () => {
    const fewer = (xml: string) =>
      labels
        .slice(0, Math.ceil(labels.length / 2) + 1)
        .reduce((kept, label) => rewritten(kept, label, () => null), retitled(CHANGED)(xml));
    expect(copies(fastOutcome(withCopy("shown", "visible", fewer, "Nháp")))).toEqual([]);
  });
});
