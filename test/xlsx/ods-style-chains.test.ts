import { strFromU8, strToU8, unzipSync } from "fflate";
import { resaveWith } from "../support/libreoffice";
import { refused as refusedAs } from "../support/refused";
import { zipEntriesOf } from "../support/mutate-report";
import { reportParts } from "../support/report-parts";

jest.setTimeout(120_000);

// Red team, round 27: LibreOffice ends a cell style's chain of parents at its named Default style, where
// one has a parent the file lacks or a loop, and follows a chain however deep; the reader took the
// document's default-style, or nothing past 8 parents: 1,254 shown as "1", blank or white, all ready.

let ods: Record<string, Uint8Array>;
let content: string;

beforeAll(async () => {
  ods = unzipSync(resaveWith((await reportParts()).bytes, "xlsx", "ods"));
  content = strFromU8(ods["content.xml"]!);
});

/** The .ods with its content changed by `edit`. */
const withContent = (edit: (xml: string) => string) =>
  zipEntriesOf(Object.entries(ods).map(([n, d]) => [n, n === "content.xml" ? strToU8(edit(content)) : d]));

const refused = (bytes: Uint8Array) => refusedAs(bytes, "r.ods");

/** The first automatic cell style's parent, as written. */
const FIRST_PARENT =
  /(<style:style style:name="ce1" style:family="table-cell") style:parent-style-name="Default"/;

/** Styles of a chain from `first` to the named Default, `length` of them, each the next's parent. */
const chain = (length: number) =>
  Array.from(
    { length },
    (_, i) =>
      `<style:style style:name="P${i}" style:family="table-cell" style:parent-style-name="${i + 1 < length ? `P${i + 1}` : "Default"}"/>`,
  ).join("");

describe("an .ods cell style's chain of parents", () => {
  it("reads LibreOffice's own, every style's chain ending at its named Default style", () => {
    expect(content).toMatch(FIRST_PARENT);
    expect(refused(withContent((xml) => xml))).toBe(false);
  });

  it("is refused with a parent the file lacks, or a loop of parents: LibreOffice falls to its Default", () => {
    expect(
      refused(withContent((xml) => xml.replace(FIRST_PARENT, '$1 style:parent-style-name="Nope"'))),
    ).toBe(true);
    const loop =
      '<style:style style:name="L1" style:family="table-cell" style:parent-style-name="L2"/>' +
      '<style:style style:name="L2" style:family="table-cell" style:parent-style-name="L1"/>';
    expect(
      refused(
        withContent((xml) =>
          xml
            .replace(FIRST_PARENT, '$1 style:parent-style-name="L1"')
            .replace("</office:automatic-styles>", `${loop}$&`),
        ),
      ),
    ).toBe(true);
  });

  it("reads a chain the reader follows whole, and refuses one deeper", () => {
    const through = (length: number) =>
      withContent((xml) =>
        xml
          .replace(FIRST_PARENT, '$1 style:parent-style-name="P0"')
          .replace("</office:automatic-styles>", `${chain(length)}$&`),
      );
    expect(refused(through(3))).toBe(false);
    expect(refused(through(9))).toBe(true);
  });
});
