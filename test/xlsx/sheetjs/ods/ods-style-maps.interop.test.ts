import { strFromU8, strToU8, unzipSync } from "fflate";
import { ruled, sheetJsOutcome } from "../../../support/compare-readers";
import { resaveWith } from "../../../support/libreoffice";
import { zipEntriesOf } from "../../../support/mutate-report";
import { withCellStyle } from "../../../support/ods-cells";
import { pixelsOf, printedPages } from "../../../support/printed-pages";
import { reportParts, type ReportParts } from "../../../support/report-parts";

// Found mending round 60's banding: LibreOffice writes each of its conditional formats twice in an .ods, as
// calcext:conditional-format and as a style:map of the cells' automatic styles for older readers, and reads
// a style:map only until it has met a calcext:conditional-formats, in the sheet or one before it (it sets
// the styles of a sheet's cells when the sheet ends). Read anyway, the copies were judged apart from the
// rules they copy, and a style:map LibreOffice ignores was judged as drawn.

jest.setTimeout(180_000);

let report: ReportParts;
beforeAll(async () => {
  report = await reportParts();
});

/**
 * LibreOffice's .ods of the report with its first input in a cell style of its own whose style:map applies
 * the named style `Mapped` (`mapped`, with `dataStyle` beside it in styles.xml) to any figure: as saved,
 * and with the first sheet's calcext:conditional-formats taken out (the later sheets keep theirs).
 */
function mappedFiles(mapped: string, dataStyle = ""): Uint8Array[] {
  const ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
  const content = strFromU8(ods["content.xml"]!);
  const at = `&apos;Biểu 01&apos;.${report.input.cell}`;
  const own =
    '<style:style style:name="ceMapped" style:family="table-cell" style:parent-style-name="Default">' +
    `<style:map style:condition="cell-content()&gt;=0" style:apply-style-name="Mapped" style:base-cell-address="${at}"/>` +
    "</style:style>";
  const restyled = withCellStyle(
    content.replace("</office:automatic-styles>", `${own}</office:automatic-styles>`),
    "Biểu 01",
    report.input.cell,
    "ceMapped",
  );
  const firstSheet = restyled.indexOf("</table:table>");
  expect(restyled.slice(0, firstSheet)).toContain("<calcext:conditional-formats>");
  const withoutFirst =
    restyled
      .slice(0, firstSheet)
      .replace(/<calcext:conditional-formats>[\s\S]*<\/calcext:conditional-formats>/, "") +
    restyled.slice(firstSheet);
  expect(withoutFirst.slice(firstSheet - 1000)).toContain("<calcext:conditional-formats>");
  const styles = strFromU8(ods["styles.xml"]!)
    .replace("</office:styles>", `${mapped}</office:styles>`)
    .replace("</office:styles>", `${dataStyle}</office:styles>`);
  return [restyled, withoutFirst].map((xml) =>
    zipEntriesOf(
      Object.entries(ods).map(([name, data]) => [
        name,
        name === "content.xml" ? strToU8(xml) : name === "styles.xml" ? strToU8(styles) : data,
      ]),
    ),
  );
}

/** The cells of the first sheet named by `rule` in each file. */
const named = (files: readonly Uint8Array[], rule: string) =>
  files.map((file) => ruled(sheetJsOutcome(file, "r.ods"), rule).map(([, cell]) => cell));

describe("an .ods cell style's style:map, read where LibreOffice applies it", () => {
  it("hides a figure in its fill's colour where no conditional format of LibreOffice's own comes first", () => {
    const files = mappedFiles(
      '<style:style style:name="Mapped" style:family="table-cell" style:parent-style-name="Default">' +
        '<style:table-cell-properties fo:background-color="#123456"/><style:text-properties fo:color="#123456"/>' +
        "</style:style>",
    );
    expect(printedPages(files).map(([first]) => pixelsOf(first!, "123456", 8) > 0)).toEqual([false, true]);
    expect(named(files, "cell.hidden")).toEqual([[], [report.input.cell]]);
  });

  it("shows a figure in its data style where no conditional format of LibreOffice's own comes first", () => {
    const files = mappedFiles(
      '<style:style style:name="Mapped" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NShown"/>',
      '<number:number-style style:name="NShown"><number:text>97531</number:text></number:number-style>',
    );
    expect(printedPages(files).map(([first]) => first!.text.includes("97531"))).toEqual([false, true]);
    expect(named(files, "cell.misleading_format")).toEqual([[], [report.input.cell]]);
  });
});
