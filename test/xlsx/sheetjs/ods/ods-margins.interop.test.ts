import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ruled, sheetJsOutcome } from "../../../support/compare-readers";
import { resaveWith } from "../../../support/libreoffice";
import { printedPages } from "../../../support/printed-pages";
import { withCellStyle } from "../../../support/ods-cells";
import { inNarrowColumn, reportParts, type ReportParts } from "../../../support/report-parts";

jest.setTimeout(180_000);

// Red team, round 46, each judged by LibreOffice's printout: a cell style's paragraph margins below zero,
// on the right, or past what LibreOffice holds printed the form's figure blank or as "###", and a left
// margin with no alignment source (ODF's default is "fix") printed "###": each was read as ready.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** A style's alignment source as LibreOffice writes one: fixed, none named, or no cell properties at all. */
const FIXED = "fix";

/** Paragraph and cell properties of a style, and whether LibreOffice prints the figure under them. */
const CASES = [
  ["a right margin below zero, alone", "", 'fo:margin-right="-0.01in"', false],
  ["a left margin below zero, aligned left", FIXED, 'fo:text-align="start" fo:margin-left="-0.05in"', false],
  [
    "a left margin past LibreOffice's, aligned left",
    FIXED,
    'fo:text-align="start" fo:margin-left="100in"',
    false,
  ],
  [
    "a wide left margin, aligned left with no source",
    "<none/>",
    'fo:text-align="start" fo:margin-left="1.2in"',
    false,
  ],
  ["a wide right margin", "", 'fo:margin-right="1.2in"', false],
  ["a narrow left margin, aligned left", FIXED, 'fo:text-align="start" fo:margin-left="0.1in"', true],
  ["no margin, aligned left with no source", "<none/>", 'fo:text-align="start"', true],
] as const;

describe("an .ods figure moved by its style's margins", () => {
  it("is named where LibreOffice prints it blank or as ###, and read where it prints it", () => {
    const ods = unzipSync(resaveWith(inNarrowColumn(report, 1234567, "#,##0", 15), "xlsx", "ods"));
    const content = strFromU8(ods["content.xml"]!);
    const own = /<table:table-cell table:style-name="([^"]+)"[^>]*office:value="1234567"/.exec(content)![1];
    const dataStyle = new RegExp(`<style:style style:name="${own}"[^>]*style:data-style-name="([^"]+)"`).exec(
      content,
    )![1];
    const files = CASES.map(([, cellProperties, paragraph]) => {
      const cell =
        cellProperties === "<none/>"
          ? "<style:table-cell-properties/>"
          : cellProperties === ""
            ? ""
            : '<style:table-cell-properties style:text-align-source="fix"/>';
      const style =
        `<style:style style:name="ceM" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="${dataStyle}">` +
        `${cell}<style:paragraph-properties ${paragraph}/></style:style>`;
      const doctored = withCellStyle(
        content.replace("</office:automatic-styles>", `${style}</office:automatic-styles>`),
        "Biểu 01",
        report.input.cell,
        "ceM",
      );
      return zipSync({ ...ods, "content.xml": strToU8(doctored) });
    });
    // The figure prints in the form's total rows too: each case is judged by how often it prints, against
    // the file as LibreOffice saved it.
    const [made, ...printed] = printedPages([zipSync(ods), ...files]).map((pages) =>
      pages.reduce((count, page) => count + (page.text.match(/1,234,567/g)?.length ?? 0), 0),
    );
    expect(made).toBeGreaterThan(0);
    const verdicts = CASES.map(([name], i) => ({
      name,
      named: ruled(sheetJsOutcome(files[i]!, "r.ods"), "cell.hidden").length > 0,
      printed: printed[i] === made,
    }));
    expect(verdicts).toEqual(CASES.map(([name, , , shows]) => ({ name, named: !shows, printed: shows })));
  });
});
