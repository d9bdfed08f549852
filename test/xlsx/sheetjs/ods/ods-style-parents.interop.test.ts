import { strFromU8, strToU8, unzipSync } from "fflate";
import { sheetJsOutcome } from "../../../support/compare-readers";
import { resaveWith } from "../../../support/libreoffice";
import { zipEntriesOf } from "../../../support/mutate-report";
import { OdsStyleParents } from "../../../../src/xlsx/sheetjs/ods/ods-style-parents";
import { streamXml } from "../../../../src/xlsx/xml/xml-stream";
import { withCellStyle } from "../../../support/ods-cells";
import { refused as refusedAs } from "../../../support/refused";
import { reportParts, type ReportParts } from "../../../support/report-parts";

jest.setTimeout(120_000);

// Red team, round 27, each case checked with LibreOffice 7.4: a cell style takes what it leaves unset from
// the named style it names as its parent, else — no parent, one the file lacks, an automatic style —
// from the named Default style, then the document's default style; it follows a chain however deep. The
// reader took the default style, or nothing past 8 parents: 1,254 shown as "1", blank or white, all ready.

let report: ReportParts;
let ods: Record<string, Uint8Array>;

beforeAll(async () => {
  report = await reportParts();
  ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
});

/** Number styles that show thousands (1,254 as "1", NK) and the figure as it is (NP). */
const THOUSANDS =
  '<number:number-style style:name="NK"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true" number:display-factor="1000"/></number:number-style>' +
  '<number:number-style style:name="NP"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>';

/** A cell style's element: `parent` undefined for none; `inner` its properties. */
const cellStyle = (name: string, parent: string | undefined, attributes = "", inner = "") =>
  `<style:style style:name="${name}" style:family="table-cell"${parent === undefined ? "" : ` style:parent-style-name="${parent}"`}${attributes}>${inner}</style:style>`;

/** Named styles from `first` on, each the next's parent, the last's parent Default and its own `last`. */
const chain = (length: number, last = "") =>
  Array.from({ length }, (_, i) =>
    i + 1 < length ? cellStyle(`P${i}`, `P${i + 1}`) : cellStyle(`P${i}`, "Default", last),
  ).join("");

/** The named Default's start tag and its font's, as LibreOffice writes them. */
const DEFAULT_TAG = '<style:style style:name="Default" style:family="table-cell"';
const DEFAULT_FONT =
  /(<style:style style:name="Default"[^>]*>(?:(?!<\/style:style>)[\s\S])*?<style:text-properties)/;

/**
 * The .ods with the input in automatic style ceX (`ownStyle`, added to content.xml with `automatic`),
 * `named` added to styles.xml's named styles, then its styles changed by `restyle`; no conditional format.
 * The input may name another style (`cellStyle`).
 */
function edited({
  ownStyle,
  automatic = "",
  named = "",
  restyle = (xml) => xml,
  cellStyle = "ceX",
}: {
  ownStyle: string;
  automatic?: string;
  named?: string;
  restyle?: (styles: string) => string;
  /** The style the input names, ceX unless said. */
  cellStyle?: string;
}): Uint8Array {
  const content = withCellStyle(
    strFromU8(ods["content.xml"]!)
      .replace("</office:automatic-styles>", `${ownStyle}${automatic}</office:automatic-styles>`)
      // The template's conditional formats' styles take from the named Default too: left out, so what is
      // found is the input's own style's.
      .replace(/<calcext:conditional-formats>[\s\S]*?<\/calcext:conditional-formats>/g, ""),
    "Biểu 01",
    report.input.cell,
    cellStyle,
  );
  const styles = strFromU8(ods["styles.xml"]!).replace(
    "<office:styles>",
    `<office:styles>${THOUSANDS}${named}`,
  );
  const changed = restyle(styles);
  return zipEntriesOf(
    Object.entries(ods).map(([name, data]) => [
      name,
      name === "content.xml" ? strToU8(content) : name === "styles.xml" ? strToU8(changed) : data,
    ]),
  );
}

/** The rules found at the input. */
const rulesAtInput = (bytes: Uint8Array) => {
  const outcome = sheetJsOutcome(bytes, "r.ods");
  if (!outcome.read) throw new Error(`refused: ${JSON.stringify(outcome.reason)}`);
  return outcome.findings
    .filter((f) => f.sheet === "Biểu 01" && f.cell === report.input.cell)
    .map((f) => f.rule);
};

const refused = (bytes: Uint8Array) => refusedAs(bytes, "r.ods");

/** The input's style: LibreOffice's own properties of it, of parent `parent`. */
const own = (parent: string | undefined, attributes = "") =>
  cellStyle("ceX", parent, attributes, '<style:table-cell-properties fo:background-color="#fff8dc"/>');

/** Styles whose named Default's font (`font`: its attributes) or start tag (`tag`) says more. */
const defaultSays =
  ({ tag = "", font = "" }: { tag?: string; font?: string }) =>
  (styles: string) => {
    expect(styles).toMatch(DEFAULT_FONT);
    return styles.replace(DEFAULT_TAG, `${DEFAULT_TAG}${tag}`).replace(DEFAULT_FONT, `$1${font}`);
  };

describe("an .ods cell style's chain of parents", () => {
  it("reads LibreOffice's own file, and an input of a plain style of its own, as nothing wrong", () => {
    expect(rulesAtInput(zipEntriesOf(Object.entries(ods)))).toEqual([]);
    expect(rulesAtInput(edited({ ownStyle: own("Default") }))).toEqual([]);
  });

  it.each([
    ["no parent", undefined],
    ["a parent the file lacks", "Nope"],
  ])("ends at the named Default with %s: its data style is the input's", (_, parent) => {
    const restyle = defaultSays({ tag: ' style:data-style-name="NK"' });
    expect(rulesAtInput(edited({ ownStyle: own(parent), restyle }))).toContain("cell.misleading_format");
    // Its own data style stands over the Default's.
    expect(
      rulesAtInput(edited({ ownStyle: own(parent, ' style:data-style-name="NP"'), restyle })),
    ).not.toContain("cell.misleading_format");
  });

  it.each([
    ["colour", ' fo:color="#fff8dc"'],
    ["size", ' fo:font-size="1pt" style:font-size-asian="1pt" style:font-size-complex="1pt"'],
  ])("ends at the named Default with no parent: its font's %s is the input's", (_, font) => {
    const restyle = (styles: string) =>
      defaultSays({ font })(styles.replace(/ (?:fo|style):font-size(?:-asian|-complex)?="11pt"/g, ""));
    expect(rulesAtInput(edited({ ownStyle: own(undefined), restyle }))).toContain("cell.hidden");
  });

  it("takes no parent from an automatic style named as one (LibreOffice shows 1,254 as it is)", () => {
    const file = edited({
      ownStyle: own("PA"),
      automatic: cellStyle("PA", "Default", ' style:data-style-name="NK"'),
    });
    expect(rulesAtInput(file)).toEqual([]);
  });

  it("takes nothing from the default style past a parentless style's named Default", () => {
    // LibreOffice draws the input at the named Default's 11 pt, not at the default style's 1 pt.
    const restyle = (styles: string) => {
      const tiny = styles.replace(
        /(<style:default-style style:family="table-cell">(?:(?!<\/style:default-style>)[\s\S])*?) fo:font-size="10pt"/,
        '$1 fo:font-size="1pt"',
      );
      expect(tiny).not.toBe(styles);
      expect(tiny).toMatch(DEFAULT_FONT);
      return tiny;
    };
    expect(rulesAtInput(edited({ ownStyle: own(undefined), restyle }))).toEqual([]);
  });

  it("follows a chain however deep LibreOffice does, and refuses a loop or one past 32", () => {
    const through = (length: number) =>
      edited({ ownStyle: own("P0"), named: chain(length, ' style:data-style-name="NK"') });
    expect(rulesAtInput(through(3))).toContain("cell.misleading_format");
    expect(rulesAtInput(through(20))).toContain("cell.misleading_format");
    expect(refused(through(40))).toBe(true);
    const loop = cellStyle("L1", "L2") + cellStyle("L2", "L1");
    expect(refused(edited({ ownStyle: own("L1"), named: loop }))).toBe(true);
  });

  it("applies no condition of a style the input's is based on", () => {
    const hide = cellStyle("Hide", "Default", ' style:data-style-name="NK"');
    const mapped = cellStyle(
      "PM",
      "Default",
      "",
      '<style:map style:condition="cell-content()&gt;0" style:apply-style-name="Hide"/>',
    );
    expect(rulesAtInput(edited({ ownStyle: own("PM"), named: hide + mapped }))).toEqual([]);
  });
});

describe("an .ods cell style's name, as LibreOffice reads it (red team, round 28)", () => {
  const showsThousands = defaultSays({ tag: ' style:data-style-name="NK"' });
  const shownAs = (name: string, shown: string, attributes = ' style:data-style-name="NK"') =>
    `<style:style style:name="${name}" style:display-name="${shown}" style:family="table-cell" style:parent-style-name="Default"${attributes}/>`;

  it("is the named Default's where the input names a style the document lacks", () => {
    const file = edited({ ownStyle: own("Default"), cellStyle: "Nope", restyle: showsThousands });
    expect(rulesAtInput(file)).toContain("cell.misleading_format");
  });

  it.each([
    ["its shown name", "X_5f_1", "X_1", "X_1"],
    ['" (user)" after its name', "Foo", "Foo", "Foo (user)"],
    ["a built-in's name as LibreOffice writes it", "Heading_20_1", "Heading 1", "Heading1"],
  ])("refuses a parent named by %s, which LibreOffice finds", (_, name, shown, parent) => {
    expect(refused(edited({ ownStyle: own(parent), named: shownAs(name, shown) }))).toBe(true);
    // Named by its own name, the parent is read: its thousands are the input's.
    expect(rulesAtInput(edited({ ownStyle: own(name), named: shownAs(name, shown) }))).toContain(
      "cell.misleading_format",
    );
  });

  it("refuses two named styles shown by one name, of which LibreOffice makes one", () => {
    const two = shownAs("A", "X", "") + shownAs("B", "X");
    expect(refused(edited({ ownStyle: own("A"), named: two }))).toBe(true);
  });

  it("refuses an automatic style named as a named one: LibreOffice keeps them apart", () => {
    expect(refused(edited({ ownStyle: own("Default"), automatic: cellStyle("Default", "Default") }))).toBe(
      true,
    );
  });

  it("draws no cell in a style of styles.xml's automatic styles, as LibreOffice does not", () => {
    const restyle = (styles: string) => {
      const changed = styles.replace(
        "<office:automatic-styles>",
        `<office:automatic-styles>${cellStyle("SA", "Default", ' style:data-style-name="NK"')}`,
      );
      expect(changed).not.toBe(styles);
      return changed;
    };
    expect(rulesAtInput(edited({ ownStyle: own("Default"), cellStyle: "SA", restyle }))).toEqual([]);
  });

  it("tells named styles from automatic ones by their part, whatever its root is called", () => {
    // LibreOffice reads a part whose root is office:document as the part it is.
    const asDocument = (bytes: Uint8Array, part: string) =>
      zipEntriesOf(
        Object.entries(unzipSync(bytes)).map(([name, data]) => {
          if (name !== part) return [name, data];
          const xml = strFromU8(data).replace(/office:document-(?:content|styles)\b/g, "office:document");
          expect(xml).not.toBe(strFromU8(data));
          return [name, strToU8(xml)];
        }),
      );
    const thousands = cellStyle("ceX", "Default", ' style:data-style-name="NK"');
    expect(rulesAtInput(asDocument(edited({ ownStyle: thousands }), "content.xml"))).toContain(
      "cell.misleading_format",
    );
    const named = cellStyle("P", "Default", ' style:data-style-name="NK"');
    const throughNamed = edited({ ownStyle: cellStyle("ceX", "P"), named });
    expect(rulesAtInput(asDocument(throughNamed, "styles.xml"))).toContain("cell.misleading_format");
  });

  it("refuses a row's default style named otherwise than by its own name", () => {
    const file = edited({ ownStyle: own("Default"), named: shownAs("Foo", "Foo") });
    const content = strFromU8(unzipSync(file)["content.xml"]!);
    const row = content.replace(
      "<table:table-row ",
      '<table:table-row table:default-cell-style-name="Foo (user)" ',
    );
    expect(row).not.toBe(content);
    const withRow = zipEntriesOf(
      Object.entries(unzipSync(file)).map(([name, data]) => [
        name,
        name === "content.xml" ? strToU8(row) : data,
      ]),
    );
    expect(refused(file)).toBe(false);
    expect(refused(withRow)).toBe(true);
  });
});

describe("a resolver of .ods cell styles that only links them to their parents", () => {
  const NS = [
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  ].join(" ");
  const parts = {
    styles: `<office:document-styles ${NS}><office:styles><style:style style:name="Default" style:family="table-cell"/><style:style style:name="Foo" style:family="table-cell" style:parent-style-name="Default"/></office:styles></office:document-styles>`,
    content: `<office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell table:style-name="Foo (user)"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
  };
  /** The resolver, given both parts' elements. */
  const fed = (parents: OdsStyleParents) => {
    for (const part of ["styles", "content"] as const) {
      parents.reading(part);
      streamXml(parts[part], {
        open: (name, attributes, _, namespace, depth) => parents.open(namespace, name, attributes, depth),
        close: (_, __, depth) => parents.close(depth),
      });
    }
    return parents;
  };

  it("links them as the judging one does, and records no name a cell uses for a check it leaves to that one", () => {
    const judging = fed(new OdsStyleParents());
    const linking = fed(new OdsStyleParents(false));
    expect(() => judging.check()).toThrow("otherwise than by its name");
    expect(() => linking.check()).not.toThrow();
    for (const resolver of [judging, linking]) {
      expect(resolver.parentOf("Foo", "Default")).toBe("Default");
      expect(resolver.ownStyle("Nowhere")).toBe("Default");
    }
  });
});

// Red team, round 38, checked with LibreOffice 7.4: a conditional format's style lays its cells out as its
// own while its condition holds; one repeating the figure printed 1,442 as 1,4421,4421,442, read as ready.
describe("an .ods conditional format's style that repeats the figure", () => {
  const withCondition = (repeats: boolean) => {
    const at = `&apos;Biểu 01&apos;.${report.input.cell}`;
    const condition =
      `<calcext:conditional-format calcext:target-range-address="${at}:${at}">` +
      `<calcext:condition calcext:apply-style-name="Lap" calcext:value="formula-is(1)" calcext:base-cell-address="${at}"/>` +
      "</calcext:conditional-format>";
    const content = strFromU8(ods["content.xml"]!).replace(
      "<calcext:conditional-formats>",
      `<calcext:conditional-formats>${condition}`,
    );
    const lap = cellStyle(
      "Lap",
      "Default",
      "",
      `<style:table-cell-properties style:repeat-content="${repeats}"/>`,
    );
    const styles = strFromU8(ods["styles.xml"]!).replace("</office:styles>", `${lap}</office:styles>`);
    expect(content).toContain(condition);
    return zipEntriesOf(
      Object.entries(ods).map(([name, data]) => [
        name,
        name === "content.xml" ? strToU8(content) : name === "styles.xml" ? strToU8(styles) : data,
      ]),
    );
  };

  it("is refused as the cell's own would be", () => {
    expect(rulesAtInput(withCondition(true))).toContain("cell.misleading_format");
    expect(rulesAtInput(withCondition(false))).not.toContain("cell.misleading_format");
  });
});
