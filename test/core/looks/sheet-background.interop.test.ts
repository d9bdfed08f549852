import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fastOutcome, sheetJsOutcome, type Outcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { pixelsOf, printedPages } from "../../support/printed-pages";
import { reportParts, type ReportParts } from "../../support/report-parts";

// Red team, round 53: a black picture as Biểu 01's sheet background (which Excel shows behind the cells and
// LibreOffice prints as the page's), or a black .ods page style: the form's title, labels, unit line and
// signature lines, black on no fill of their own, vanish on the printout; only the filled figures show.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const backgrounds = (outcome: Outcome) => ruled(outcome, "sheet.background", ["severity", "sheet", "cell"]);

/** A black picture of 4 × 4 pixels. */
const BLACK_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAADElEQVR4nGNgIB0AAAA0AAF2Xq7DAAAAAElFTkSuQmCC",
  "base64",
);

/** The report with a black picture as Biểu 01's sheet background (`<picture r:id>`, its part and type). */
function withBackground(): Uint8Array {
  const { part } = report.input;
  const rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels";
  expect(report.text(rels)).toBeUndefined();
  return report.fileWith({
    [part]: (xml) => xml.replace("</worksheet>", '<picture r:id="rIdBg"/></worksheet>'),
    [rels]:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdBg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/black.png"/></Relationships>',
    "[Content_Types].xml": (xml) =>
      xml.replace("<Default ", '<Default Extension="png" ContentType="image/png"/><Default '),
    "xl/media/black.png": new Uint8Array(BLACK_PNG),
  });
}

/** An .ods whose styles.xml is as `edit` makes it. */
function odsStyled(ods: Uint8Array, edit: (styles: string) => string): Uint8Array {
  const parts = unzipSync(ods);
  const styles = strFromU8(parts["styles.xml"]!);
  parts["styles.xml"] = strToU8(edit(styles));
  return zipSync(parts);
}

/** An .ods whose every page style's layout gets `attributes`. */
const odsPaged = (ods: Uint8Array, attributes: string) =>
  odsStyled(ods, (styles) =>
    styles.replace(/<style:page-layout-properties /g, `<style:page-layout-properties ${attributes} `),
  );

describe("a form's sheet with a picture or a dark colour behind its cells", () => {
  it("refuses an .xlsx sheet background, and the .xls LibreOffice saves, naming the form's title", () => {
    expect(backgrounds(fastOutcome(report.bytes))).toEqual([]);
    const pictured = withBackground();
    expect(backgrounds(fastOutcome(pictured))).toEqual([["error", "Biểu 01", "A1"]]);
    const outcome = fastOutcome(pictured);
    expect(outcome.read && outcome.findings.find((f) => f.rule === "sheet.background")?.message_vi).toContain(
      "hình nền",
    );
    expect(backgrounds(sheetJsOutcome(resaveWith(pictured, "xlsx", "xls"), "r.xls"))).toEqual([
      ["error", "Biểu 01", "A1"],
    ]);
    // What LibreOffice prints: Biểu 01's first page on black, where the template's is white.
    const [plain, dark] = printedPages([report.bytes, pictured]).map((pages) => pages[0]!);
    expect(pixelsOf(dark!, "000000")).toBeGreaterThan(pixelsOf(plain!, "000000") * 5);
  }, 90_000);

  it("refuses an .ods page style printing on black or on a picture, not on a light colour", () => {
    const ods = resaveWith(report.bytes, "xlsx", "ods");
    const on = (attributes: string) => backgrounds(sheetJsOutcome(odsPaged(ods, attributes), "r.ods"));
    expect(on("")).toEqual([]);
    const everyForm = [
      ["error", "Biểu 01", "A1"],
      ["error", "Biểu 02", "A1"],
      ["error", "Biểu 03", "A1"],
      ["error", "Biểu 04", "A1"],
    ];
    expect(on('fo:background-color="#000000"')).toEqual(everyForm);
    expect(on('draw:fill="solid" draw:fill-color="#1F1F1F"')).toEqual(everyForm);
    expect(on('draw:fill="bitmap"')).toEqual(everyForm);
    expect(on('fo:background-color="#FFFFCC"')).toEqual([]);
    expect(on('fo:background-color="transparent" draw:fill="none" draw:fill-color="#000000"')).toEqual([]);
    // Round 56: a fill LibreOffice draws clear, or a colour it cannot read, prints on white.
    expect(on('draw:fill="solid" draw:fill-color="#000000" draw:opacity="0%"')).toEqual([]);
    expect(on('draw:fill="solid" draw:fill-color="#000000" draw:opacity="95%"')).toEqual(everyForm);
    expect(on('fo:background-color="black"')).toEqual([]);
  }, 60_000);

  it("reads an .ods page style as LibreOffice does: an embedded picture, a second properties element, the last master page of a name (round 56)", () => {
    const ods = resaveWith(report.bytes, "xlsx", "ods");
    const styles = strFromU8(unzipSync(ods)["styles.xml"]!);
    const layout = /(<style:page-layout style:name="Mpm1">\s*<style:page-layout-properties [^>]*?)\/>/;
    const master = /<style:master-page style:name="PageStyle_5f_Biểu_20_01"[^>]*>/;
    expect(styles).toMatch(layout);
    expect(styles).toMatch(master);
    const found = (bytes: Uint8Array) => backgrounds(sheetJsOutcome(bytes, "r.ods"))[0];
    const first = ["error", "Biểu 01", "A1"];
    expect(found(ods)).toBeUndefined();
    // A picture held in the page style itself, not linked.
    const image = `<style:background-image><office:binary-data>${BLACK_PNG.toString("base64")}</office:binary-data></style:background-image>`;
    expect(
      found(odsStyled(ods, (xml) => xml.replace(layout, `$1>${image}</style:page-layout-properties>`))),
    ).toEqual(first);
    // A second properties element of the layout, black, after the first.
    expect(
      found(
        odsStyled(ods, (xml) =>
          xml.replace(layout, '$1/><style:page-layout-properties fo:background-color="#000000"/>'),
        ),
      ),
    ).toEqual(first);
    // Biểu 01's master page given again, on a black layout: LibreOffice takes the last.
    const again = odsStyled(ods, (xml) =>
      xml
        .replace(
          "</office:automatic-styles>",
          '<style:page-layout style:name="Black"><style:page-layout-properties fo:background-color="#000000"/></style:page-layout></office:automatic-styles>',
        )
        .replace(
          "</office:master-styles>",
          '<style:master-page style:name="PageStyle_5f_Biểu_20_01" style:page-layout-name="Black"/></office:master-styles>',
        ),
    );
    expect(found(again)).toEqual(first);
  }, 60_000);
});
