import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sheetJsOutcome } from "../../../support/compare-readers";
import { resaveWith } from "../../../support/libreoffice";
import { reportParts, type ReportParts } from "../../../support/report-parts";

// Red team, round 16: an .ods cell style may print nothing (`style:print-content="false"`, LibreOffice's
// Hide when printing): the screen shows 1,234,567, the copy that is signed and sent a blank cell. A clerk
// may set it on a cell style of their own (a named style in styles.xml) that the cell's style takes.

let report: ReportParts;
let ods: Record<string, Uint8Array>;

beforeAll(async () => {
  report = await reportParts();
  ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
}, 60_000);

/** The cell.hidden findings at the form's first input, of the .ods with its parts changed so. */
function hiddenAt(changes: Record<string, string>) {
  const sheet = /<sheet name="([^"]+)"/.exec(report.text("xl/workbook.xml"))![1];
  const parts = Object.entries(ods).map(([name, data]) => [
    name,
    changes[name] !== undefined ? strToU8(changes[name]) : data,
  ]);
  const outcome = sheetJsOutcome(zipSync(Object.fromEntries(parts)), "r.ods");
  if (!outcome.read) return ["refused"];
  return outcome.findings
    .filter((f) => f.rule === "cell.hidden" && f.cell === report.input.cell && f.sheet === sheet)
    .map((f) => [f.severity, /prints nothing/.test(f.message_en)]);
}

/** Every automatic cell style's explicit print-content, as `to` (or taken away). */
const printContent = (xml: string, to: string) =>
  xml.replace(
    /(<style:style style:name="[^"]+" style:family="table-cell"[^>]*>(?:(?!<\/style:style>).)*?<style:table-cell-properties[^>]*?) style:print-content="true"/g,
    `$1${to}`,
  );

describe("an .ods figure whose cell style prints nothing", () => {
  it("is named at its cell, and one that prints says nothing", () => {
    const content = strFromU8(ods["content.xml"]!);
    const unprinted = printContent(content, ' style:print-content="false"');
    expect(unprinted).not.toBe(content);
    expect(hiddenAt({ "content.xml": unprinted })).toEqual([["error", true]]);
    expect(hiddenAt({})).toEqual([]);
  }, 60_000);

  it("is named where a named style its cell style takes prints nothing, unless its own prints", () => {
    const content = strFromU8(ods["content.xml"]!);
    const styles = strFromU8(ods["styles.xml"]!);
    const named =
      '<style:style style:name="Ẩn khi in" style:family="table-cell" style:parent-style-name="Default">' +
      '<style:table-cell-properties style:print-content="false"/></style:style>';
    const withNamed = styles.replace("</office:styles>", `${named}</office:styles>`);
    expect(withNamed).not.toBe(styles);
    const taking = (xml: string) =>
      xml.replace(
        /(<style:style style:name="[^"]+" style:family="table-cell") style:parent-style-name="Default"/g,
        '$1 style:parent-style-name="Ẩn khi in"',
      );
    expect(taking(content)).not.toBe(content);
    const inherited = { "styles.xml": withNamed, "content.xml": taking(printContent(content, "")) };
    expect(hiddenAt(inherited)).toEqual([["error", true]]);
    expect(hiddenAt({ "styles.xml": withNamed, "content.xml": taking(content) })).toEqual([]);
  }, 60_000);
});
