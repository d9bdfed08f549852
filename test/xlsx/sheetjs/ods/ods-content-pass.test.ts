import { strToU8 } from "fflate";
import { odsContentReads } from "../../../../src/xlsx/sheetjs/ods/ods-content-pass";
import { odsDataStyles } from "../../../../src/xlsx/sheetjs/ods/ods-data-styles";
import { odsVisibility } from "../../../../src/xlsx/sheetjs/ods/ods-visibility";

// content.xml is read once for an .ods's visibility and its data styles: each must come out, or fail, as
// when each read the part alone, the visibility's read first.

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
].join(" ");

/** A content.xml of one hidden sheet "Ẩn" whose cell shows its figure in a style of two decimals. */
const content = (extraStyles = "") =>
  strToU8(
    `<office:document-content ${NS}><office:automatic-styles>${extraStyles}` +
      '<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>' +
      '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N2"/>' +
      '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="false"/></style:style>' +
      '</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Ẩn" table:style-name="ta1">' +
      '<table:table-row><table:table-cell table:style-name="ce1" office:value-type="float" office:value="1.5"/></table:table-row>' +
      "</table:table></office:spreadsheet></office:body></office:document-content>",
  );

/** Text styles past the most an .ods may define: only the data styles' read refuses them (alone, as in
 * ods-data-styles.interop.test.ts). */
const tooManyStyles = Array.from(
  { length: 100_001 },
  (_, i) => `<style:style style:name="T${i}" style:family="text"/>`,
).join("");

const shown = (styles: ReturnType<typeof odsDataStyles>) =>
  styles.texts({ own: ["ce1"], applied: [], mapped: false }, 1.5);

describe("one pass over an .ods's content.xml", () => {
  it("gives the visibility and the data styles each read alone gives", () => {
    const part = content();
    const reads = odsContentReads(part, undefined);
    const visibility = reads.visibility();
    expect([...visibility.hiddenSheets]).toEqual([...odsVisibility(part).hiddenSheets]);
    expect([...visibility.hiddenSheets]).toEqual(["Ẩn"]);
    expect(shown(reads.dataStyles())).toEqual(shown(odsDataStyles(undefined, part)));
    expect(shown(reads.dataStyles())).toEqual(["1.50"]);
  });

  it("reads the visibility to the end where the data styles' read fails, and the data styles fail as alone", () => {
    const reads = odsContentReads(content(tooManyStyles), undefined);
    expect([...reads.visibility().hiddenSheets]).toEqual(["Ẩn"]);
    expect(reads.dataStyles).toThrow("too many styles in an .ods");
  });
});
