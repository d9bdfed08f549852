import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { readSubmission, readWorkbookGrid } from "../../../src/xlsx";
import { readReportGrid } from "../../../src/xlsx/xlsx-reader/read-report-grid";
import { isClearRefusal, sheetJsOutcome } from "../../support/compare-readers";
import { zipEntriesOf } from "../../support/mutate-report";
import { storedZip, type ZipLayout } from "../../support/zips";
import { reportBytes } from "../../support/report-file";
import { sheetjsBytes } from "../../support/sheetjs-bytes";

type Entries = [string, Uint8Array][];

let report: Uint8Array;
let entries: Entries;
/** The same report saved as an .ods (by SheetJS). */
let odsEntries: Entries;

beforeAll(async () => {
  report = await reportBytes("CD_H01", 5);
  entries = Object.entries(unzipSync(report));
  const wb = XLSX.read(report, { type: "array" });
  odsEntries = Object.entries(unzipSync(sheetjsBytes(wb, "ods")));
});

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const concat = (a: Uint8Array, b: Uint8Array) => Uint8Array.from([...a, ...b]);
const RELS = "xl/_rels/workbook.xml.rels";
const SHEET = "xl/worksheets/sheet1.xml";

/** The report with one part's XML changed. */
const withPart = (part: string, change: (xml: string) => string, from: Entries = entries): Entries =>
  from.map(([n, d]) => [n, n === part ? strToU8(change(strFromU8(d))) : d]);

/** The report's first sheet with its first figure changed. */
const doctored = (): Uint8Array =>
  strToU8(strFromU8(entries.find(([n]) => n === SHEET)![1]).replace(/<v>\d+<\/v>/, "<v>1500</v>"));

/** The report whose workbook points at its first sheet by `target`. */
const sheetTarget = (target: string, from: Entries = entries): Entries =>
  withPart(RELS, (xml) => xml.replace('Target="worksheets/sheet1.xml"', `Target="${target}"`), from);

/** Reads through the submission path: a report, or a clear refusal. */
function submit(bytes: Uint8Array, name = "hostile.xlsx") {
  const submission = readSubmission(bytes, { name, sha256: "x" });
  if ("unreadable" in submission) expect(isClearRefusal(submission.unreadable)).toBe(true);
  return submission;
}

const refusedFor = (text: string) => ({
  unreadable: expect.objectContaining({ en: expect.stringContaining(text) }),
});

describe("a zip that is both an Excel and an OpenDocument workbook", () => {
  const odsParts = (names: readonly string[]) => odsEntries.filter(([n]) => names.includes(n));

  it.each([
    ["a manifest and content", ["META-INF/manifest.xml", "content.xml"]],
    ["the media type first", ["mimetype", "content.xml"]],
    ["a manifest only", ["META-INF/manifest.xml"]],
  ])("refuses an .xlsx that also holds an .ods's %s", (_, names) => {
    const extra = odsParts(names);
    expect(extra).toHaveLength(names.length);
    const bytes = zipEntriesOf(names.includes("mimetype") ? [...extra, ...entries] : [...entries, ...extra]);
    expect(submit(bytes)).toMatchObject(refusedFor("is both an Excel and an OpenDocument workbook"));
  });

  it("refuses an .ods that also holds an Excel package", () => {
    const bytes = zipEntriesOf([
      ...odsEntries,
      ...entries.filter(([n]) => !odsEntries.some(([o]) => o === n)),
    ]);
    expect(submit(bytes, "hostile.ods")).toMatchObject(
      refusedFor("is both an Excel and an OpenDocument workbook"),
    );
  });

  it("still reads a plain .xlsx and a plain .ods", () => {
    expect(submit(report)).toHaveProperty("extraction.report");
    const ods = zipEntriesOf(odsEntries);
    expect(readWorkbookGrid(ods, "r.ods").sheets.map((s) => s.name)).toContain("Biểu 01");
  });
});

describe("part names Office Open XML forbids", () => {
  const invalid = refusedFor("a part with an invalid name");

  it("refuses a target through a . segment, whichever part it would be taken for", () => {
    // The genuine sheet at the literal name, as LibreOffice finds it, and a doctored one at the normal one.
    const literal = entries.map(([n, d]): [string, Uint8Array] => [
      n === SHEET ? "xl/./worksheets/sheet1.xml" : n,
      d,
    ]);
    const bytes = zipEntriesOf(sheetTarget("./worksheets/sheet1.xml", [...literal, [SHEET, doctored()]]));
    expect(submit(bytes)).toMatchObject(invalid);
    expect(submit(zipEntriesOf(sheetTarget("worksheets/./sheet1.xml")))).toMatchObject(invalid);
    expect(submit(zipEntriesOf(sheetTarget("worksheets//sheet1.xml")))).toMatchObject(invalid);
    expect(submit(zipEntriesOf(sheetTarget("worksheets./../worksheets/sheet1.xml")))).toMatchObject(invalid);
    expect(submit(zipEntriesOf(sheetTarget("../../xl/worksheets/sheet1.xml")))).toMatchObject(invalid);
  });

  it.each(["xl/./x.xml", "xl//x.xml", "xl/media./x.png", "xl/x."])("refuses an entry named %s", (name) => {
    expect(submit(zipEntriesOf([...entries, [name, strToU8("x")]]))).toMatchObject(invalid);
  });

  it("refuses a target with a backslash, which some readers take for a slash", () => {
    const bytes = zipEntriesOf(
      sheetTarget("worksheets\\sheet1b.xml", [...entries, ["xl/worksheets/sheet1b.xml", doctored()]]),
    );
    expect(submit(bytes)).toMatchObject(invalid);
  });

  it("reads targets that climb with .. or are absolute, and directory entries", () => {
    expect(submit(zipEntriesOf(sheetTarget("../xl/worksheets/sheet1.xml")))).toHaveProperty(
      "extraction.report",
    );
    expect(submit(zipEntriesOf(sheetTarget("/xl/worksheets/sheet1.xml")))).toHaveProperty(
      "extraction.report",
    );
    const folders: Entries = [
      ["xl/", new Uint8Array(0)],
      ["xl/worksheets/", new Uint8Array(0)],
    ];
    expect(submit(zipEntriesOf([...folders, ...entries]))).toHaveProperty("extraction.report");
  });
});

describe("what a part's text says of itself", () => {
  const WORKBOOK = "xl/workbook.xml";

  it.each(["ISO-8859-1", "windows-1258", "US-ASCII"])("refuses a part declared in %s", (encoding) => {
    const bytes = zipEntriesOf(
      withPart(WORKBOOK, (xml) => xml.replace('encoding="UTF-8"', `encoding="${encoding}"`)),
    );
    const submission = submit(bytes);
    expect(submission).toMatchObject(refusedFor(`uses the text encoding "${encoding}"`));
    expect(submission).toMatchObject(refusedFor('Part "xl/workbook.xml"'));
    expect(sheetJsOutcome(bytes)).toMatchObject({ read: false });
  });

  it.each(["utf-8", "UTF-16", "UTF8"])(
    "reads a part declared in %s, or with a byte-order mark",
    (encoding) => {
      const declared = withPart(WORKBOOK, (xml) => xml.replace('encoding="UTF-8"', `encoding='${encoding}'`));
      const bom = declared.map(([n, d]): [string, Uint8Array] => [n, n === WORKBOOK ? concat(BOM, d) : d]);
      expect(submit(zipEntriesOf(bom))).toHaveProperty("extraction.report");
    },
  );

  it("refuses two sheets of one name, case aside, as Excel does", () => {
    const bytes = zipEntriesOf(
      withPart(WORKBOOK, (xml) =>
        xml.replace("</sheets>", '<sheet name="BIỂU 01" sheetId="99" r:id="rId1"/></sheets>'),
      ),
    );
    expect(submit(bytes)).toMatchObject(refusedFor('has two sheets named "BIỂU 01"'));
    expect(sheetJsOutcome(bytes)).toMatchObject({ read: false });
  });
});

describe("an .ods's content, and in another case", () => {
  const CONTENT = "content.xml";
  /** The .ods with its content changed and named `name`, as SheetJS still finds it. */
  const odsWith = (name: string, change: (xml: string) => string) =>
    zipEntriesOf(withPart(CONTENT, change, odsEntries).map(([n, d]) => [n === CONTENT ? name : n, d]));
  const hidden = (xml: string) =>
    xml
      .replace(
        "<office:automatic-styles>",
        '<office:automatic-styles><style:style style:name="hid" style:family="table"><style:table-properties table:display="false"/></style:style>',
      )
      .replace(/(<table:table table:name="Biểu 01" table:style-name=")[^"]*/, "$1hid");

  it("reads a sheet content.xml hides as hidden", () => {
    const grid = readWorkbookGrid(odsWith(CONTENT, hidden), "r.ods");
    expect(grid.sheets.find((s) => s.name === "Biểu 01")?.visibility).toBe("hidden");
  });

  // SheetJS reads the sheets from it, LibreOffice does not open the file (red team, round 43).
  it.each(["Content.xml", "CONTENT.XML"])("refuses an .ods whose content is %s", (name) => {
    expect(readSubmission(odsWith(name, hidden), { name: "r.ods", sha256: "x" })).toMatchObject(
      refusedFor(`refers to part "content.xml", but the zip names it "${name}"`),
    );
  });

  it("refuses a cell content.xml repeats past a sheet's edge", () => {
    const bytes = odsWith(CONTENT, (xml) =>
      xml.replace(
        "<table:table-row>",
        '<table:table-row><table:table-cell table:number-columns-repeated="20000" office:value-type="float" office:value="1"/>',
      ),
    );
    expect(readSubmission(bytes, { name: "r.ods", sha256: "x" })).toMatchObject(
      refusedFor("repeats a cell or row too many times"),
    );
  });

  // Red team, round 48: LibreOffice reads "0" as 1 and "2x" as 2, SheetJS otherwise; the cells after
  // such a count stand elsewhere for each (a merge over 99 read as 99, LibreOffice showing 3).
  it.each([
    ['<table:table-cell table:number-columns-repeated="0"/>', "0"],
    ['<table:table-cell table:number-columns-spanned="2x" table:number-rows-spanned="1"/>', "2x"],
    ['<table:table-cell table:number-rows-spanned="-1"/>', "-1"],
  ])("refuses a count a row, column or cell writes otherwise than as a whole number: %s", (cell, written) => {
    const bytes = odsWith(CONTENT, (xml) => xml.replace("<table:table-row>", `<table:table-row>${cell}`));
    expect(readSubmission(bytes, { name: "r.ods", sha256: "x" })).toMatchObject(
      refusedFor(`as something other than a whole number ("${written}")`),
    );
  });

  it.each([
    ['<table:table-column table:number-columns-repeated="2x"/>', "column"],
    ['<table:table-row table:number-rows-repeated="2x"/>', "row"],
  ])("refuses %s, a %s repeated a count not a whole number", (element) => {
    const bytes = odsWith(CONTENT, (xml) => xml.replace("<table:table-row>", `${element}$&`));
    expect(readSubmission(bytes, { name: "r.ods", sha256: "x" })).toMatchObject(
      refusedFor('as something other than a whole number ("2x")'),
    );
  });
});

describe("parts that SheetJS or a folding reader finds and LibreOffice does not (red team, round 43)", () => {
  const CT = "[Content_Types].xml";
  const renamed = (from: string, to: string, list: Entries = entries): Entries =>
    list.map(([n, d]) => [n === from ? to : n, d]);

  it("refuses a sheet part named in another case than the workbook's target, LibreOffice showing it blank", () => {
    // Both with and without the content types' override following the new name.
    for (const name of ["xl/worksheets/Sheet1.xml", "xl/wor\u212Asheets/sheet1.xml"]) {
      const bytes = zipEntriesOf(renamed(SHEET, name));
      expect(submit(bytes)).toMatchObject(
        refusedFor(`refers to part "${SHEET}", but the zip names it "${name}"`),
      );
    }
    const typed = withPart(CT, (xml) => xml.replace(`/${SHEET}`, "/xl/worksheets/Sheet1.xml"));
    expect(submit(zipEntriesOf(renamed(SHEET, "xl/worksheets/Sheet1.xml", typed)))).toMatchObject(
      refusedFor("but the zip names it"),
    );
    expect(submit(zipEntriesOf(sheetTarget("/XL/Worksheets/SHEET1.XML")))).toMatchObject(
      refusedFor("but the zip names it"),
    );
  });

  it("reads the shared strings named in another case, as LibreOffice does (Windows tools write SharedStrings.xml)", () => {
    const strings = "xl/sharedStrings.xml";
    // The report as SheetJS saves it, its texts in shared strings.
    const sst = Object.entries(
      unzipSync(
        new Uint8Array(
          XLSX.write(XLSX.read(report, { type: "array" }), {
            type: "array",
            bookType: "xlsx",
            bookSST: true,
          }) as ArrayBuffer,
        ),
      ),
    );
    expect(sst.some(([n]) => n === strings)).toBe(true);
    const original = submit(zipEntriesOf(sst));
    for (const name of ["xl/SharedStrings.xml", "xl/sharedstrings.xml"]) {
      const read = submit(zipEntriesOf(renamed(strings, name, sst)));
      expect(read).toHaveProperty("extraction.report");
      expect("extraction" in read && read.extraction).toEqual(
        "extraction" in original && original.extraction,
      );
    }
  });

  it("refuses the package's own parts in another case, and a workbook typed only in another case", () => {
    expect(submit(zipEntriesOf(renamed(CT, "[content_types].xml")))).toMatchObject(
      refusedFor(`refers to part "${CT}"`),
    );
    expect(submit(zipEntriesOf(renamed("_rels/.rels", "_RELS/.rels")))).toMatchObject(
      refusedFor('refers to part "_rels/.rels"'),
    );
    const typed = withPart(CT, (xml) =>
      xml.replace('PartName="/xl/workbook.xml"', 'PartName="/XL/Workbook.XML"'),
    );
    expect(submit(zipEntriesOf(typed))).toMatchObject(refusedFor("corrupt"));
  });

  it('refuses a part under "Root Entry/", which SheetJS reads in place of the part of that name', () => {
    const content = odsEntries.find(([n]) => n === "content.xml")!;
    const shadow: Entries = [["Root Entry/content.xml", content[1]], ...odsEntries];
    expect(submit(zipEntriesOf(shadow), "r.ods")).toMatchObject(
      refusedFor('invalid name "Root Entry/content.xml"'),
    );
    const moved = entries.map(([n, d]): [string, Uint8Array] => [n === CT ? `Root Entry/${CT}` : n, d]);
    expect(submit(zipEntriesOf(moved))).toMatchObject(refusedFor("invalid name"));
  });

  it("refuses a part compressed by a method zip readers do not share, naming the part and the method", () => {
    const zip = storedZip(entries);
    const view = new DataView(zip.buffer);
    // Every header's method field: bzip2 (12) where stored (0) was written.
    for (let at = 0; at + 4 <= zip.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint16(at + 8, 12, true);
      if (signature === 0x02014b50) view.setUint16(at + 10, 12, true);
    }
    expect(submit(zip)).toMatchObject(
      refusedFor(
        `Part "${entries[0]![0]}" of file "hostile.xlsx" is compressed in a way Excel and LibreOffice do not read (method 12)`,
      ),
    );
  });

  it("refuses a folder entry of a part's name beside it, and an .ods that says it is a text", () => {
    const folder: Entries = [...entries, [`${SHEET}/`, new Uint8Array(0)]];
    expect(submit(zipEntriesOf(folder))).toMatchObject(refusedFor("two compressed parts named"));
    const text = odsEntries.map(([n, d]): [string, Uint8Array] => [
      n,
      n === "mimetype" ? strToU8("application/vnd.oasis.opendocument.text") : d,
    ]);
    expect(odsEntries.some(([n]) => n === "mimetype")).toBe(true);
    expect(submit(zipEntriesOf(text), "r.ods")).toMatchObject(
      refusedFor("is not an Excel (.xlsx, .xls) or OpenDocument"),
    );
  });
});

describe("what SheetJS reads of an .ods that LibreOffice reads otherwise (red team, round 44)", () => {
  /**
   * The zip with a zip64 extra field giving `sizes` added to `name`'s directory entry, its 32-bit sizes
   * left as they are (no 0xFFFFFFFF asks for the field). The directory is the zip's last part but its end.
   */
  function withZip64Extra(zip: Uint8Array, name: string, sizes: readonly number[]): Uint8Array {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    const [start, length] = [view.getUint32(end + 16, true), view.getUint32(end + 12, true)];
    const entries: Uint8Array[] = [];
    for (let at = start; at < start + length; ) {
      const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => view.getUint16(at + o, true));
      const size = 46 + nameLength! + extraLength! + commentLength!;
      const entry = zip.slice(at, at + size);
      if (strFromU8(zip.subarray(at + 46, at + 46 + nameLength!)) === name) {
        const extra = new Uint8Array(4 + 8 * sizes.length);
        const extraView = new DataView(extra.buffer);
        extraView.setUint16(0, 1, true);
        extraView.setUint16(2, 8 * sizes.length, true);
        sizes.forEach((value, i) => extraView.setBigUint64(4 + 8 * i, BigInt(value), true));
        const grown = new Uint8Array(size + extra.length);
        grown.set(entry.subarray(0, 46 + nameLength! + extraLength!));
        grown.set(extra, 46 + nameLength! + extraLength!);
        grown.set(
          entry.subarray(46 + nameLength! + extraLength!),
          46 + nameLength! + extraLength! + extra.length,
        );
        new DataView(grown.buffer).setUint16(30, extraLength! + extra.length, true);
        entries.push(grown);
      } else entries.push(entry);
      at += size;
    }
    const directory = Uint8Array.from(entries.flatMap((e) => [...e]));
    const tail = zip.slice(end);
    new DataView(tail.buffer).setUint32(12, directory.length, true);
    return Uint8Array.from([...zip.subarray(0, start), ...directory, ...tail]);
  }

  const ods = () => zipEntriesOf(odsEntries);
  const sizesOf = (zip: Uint8Array, name: string) => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 4 <= zip.length; at++)
      if (
        view.getUint32(at, true) === 0x02014b50 &&
        strFromU8(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === name
      )
        return [view.getUint32(at + 24, true), view.getUint32(at + 20, true)];
    throw new Error(`no ${name}`);
  };

  it("reads a zip64 field that agrees with the 32-bit sizes, and refuses one that does not", () => {
    const zip = ods();
    const [size, compressed] = sizesOf(zip, "content.xml") as [number, number];
    expect(submit(withZip64Extra(zip, "content.xml", [size, compressed]), "r.ods")).toHaveProperty(
      "extraction.report",
    );
    // SheetJS takes the field's sizes: it read another length of the content than the guard checked.
    for (const sizes of [
      [size + 500, compressed + 500],
      [size - 500, compressed - 500],
    ])
      expect(submit(withZip64Extra(zip, "content.xml", sizes), "r.ods")).toMatchObject(
        refusedFor("irregular zip structure"),
      );
  });

  it("refuses an .ods whose manifest leaves its content out, which LibreOffice does not open", () => {
    const left = withPart(
      "META-INF/manifest.xml",
      (xml) => xml.replace(/<manifest:file-entry[^>]*manifest:full-path="content.xml"[^>]*\/>/, ""),
      odsEntries,
    );
    expect(strFromU8(left.find(([n]) => n === "META-INF/manifest.xml")![1])).not.toContain('"content.xml"');
    expect(submit(zipEntriesOf(left), "r.ods")).toMatchObject(refusedFor("corrupt"));
  });
});

describe("relationship types", () => {
  const TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
  const firstSheetType = (type: string) =>
    withPart(RELS, (xml) =>
      xml.replace(
        /Type="[^"]*"( Target="worksheets\/sheet1.xml")/,
        (_, target: string) => `Type="${type}"${target}`,
      ),
    );
  const firstSheetCells = (from: Entries) =>
    readReportGrid(zipEntriesOf(from), "r.xlsx").sheets.find((s) => s.name === "Biểu 01")!.cells.size;

  it("reads no cells from a sheet whose relationship type only ends like a worksheet's", () => {
    expect(firstSheetCells(firstSheetType(`${TRANSITIONAL}worksheet`))).toBeGreaterThan(0);
    expect(firstSheetCells(firstSheetType("urn:x/worksheet"))).toBe(0);
    expect(firstSheetCells(firstSheetType(`${TRANSITIONAL}x/worksheet`))).toBe(0);
  });

  it("reads strict relationship types", () => {
    const strict = withPart(RELS, (xml) => xml.split(TRANSITIONAL).join(STRICT));
    expect(firstSheetCells(strict)).toBeGreaterThan(0);
    expect(submit(zipEntriesOf(strict))).toHaveProperty("extraction.report");
  });

  it("finds the workbook only through the officeDocument type itself", () => {
    const bytes = zipEntriesOf(
      withPart("_rels/.rels", (xml) => xml.replace(`${TRANSITIONAL}officeDocument`, "urn:x/officeDocument")),
    );
    expect(submit(bytes)).toMatchObject(refusedFor("corrupt"));
  });
});

describe("zip layouts other writers make", () => {
  it("reads an 'always zip64' archive, its sizes and offsets in zip64 fields", () => {
    expect(submit(storedZip(entries, { zip64: true }))).toHaveProperty("extraction.report");
    expect(submit(storedZip(entries))).toHaveProperty("extraction.report");
  });

  it("reads a directory listing the entries in another order than their data", () => {
    expect(submit(storedZip(entries, { reversed: true }))).toHaveProperty("extraction.report");
  });

  it("still refuses entries that overlap, listed in any order", () => {
    const zip = storedZip(entries, { reversed: true });
    const view = new DataView(zip.buffer);
    const directory = view.getUint32(zip.length - 6, true);
    // The directory's first entry (the last data) pointed at the first entry's data.
    view.setUint32(directory + 42, 0, true);
    expect(submit(zip)).toMatchObject(refusedFor("irregular zip structure"));
  });

  it("refuses a name beyond ASCII not marked as UTF-8, in words", () => {
    const named = [...entries, ["xl/media/ảnh.png", strToU8("x")] as [string, Uint8Array]];
    expect(submit(storedZip(named))).toHaveProperty("extraction.report");
    expect(submit(storedZip(named, { utf8Flag: false }))).toMatchObject(
      refusedFor('a part named "xl/media/ảnh.png" with non-ASCII characters but no stated encoding'),
    );
    expect(submit(storedZip(entries, { utf8Flag: false }))).toHaveProperty("extraction.report");
  });

  it.each([
    ["bytes after the end record", { trailer: new Uint8Array(4096) }],
    ["a wrong directory size", { endRecord: ([t, d]: [number, number, number]) => [t, d, 46] }],
    ["entry counts that disagree", { endRecord: ([t, d, s]: [number, number, number]) => [t - 1, d, s] }],
    [
      "zip64 counts that disagree",
      { zip64: true, endRecord: ([t, d, s]: [number, number, number]) => [t - 1, d, s] },
    ],
  ] as [string, ZipLayout][])("refuses %s", (_, layout) => {
    expect(submit(storedZip(entries, layout))).toMatchObject(refusedFor("irregular zip structure"));
  });
});

describe("content types", () => {
  const CONTENT_TYPES = "[Content_Types].xml";
  const WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

  it.each([
    ["the workbook's content type", `<Override PartName="/xl/workbook.xml" ContentType="${WORD}"/>`],
    [
      "a sheet's content type (in another case)",
      `<Override PartName="/XL/worksheets/sheet1.xml" ContentType="${WORD}"/>`,
    ],
    ["an extension's content type", '<Default Extension="XML" ContentType="text/plain"/>'],
  ])("refuses %s given twice", (_, twice) => {
    const bytes = zipEntriesOf(withPart(CONTENT_TYPES, (xml) => xml.replace("</Types>", `${twice}</Types>`)));
    expect(submit(bytes)).toMatchObject(refusedFor("corrupt"));
  });
});

describe("relationships to outside the package", () => {
  it("reads a sheet whose hyperlink relationship is a web address not marked external", () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/a//b./"/>' +
      "</Relationships>";
    const bytes = zipEntriesOf([...entries, ["xl/worksheets/_rels/sheet1.xml.rels", strToU8(rels)]]);
    expect(readWorkbookGrid(bytes, "r.xlsx").sheets.map((s) => s.name)).toContain("Biểu 01");
    expect(submit(bytes)).toHaveProperty("extraction.report");
  });
});
