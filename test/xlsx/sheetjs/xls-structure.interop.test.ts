import { FileError, readWorkbookGrid } from "../../../src/xlsx";
import { loadSheetJs } from "../../../src/xlsx/number-formats/sheetjs-library";
import { asExcel95 } from "../../support/gnumeric";
import { resaveWith } from "../../support/libreoffice";
import { refused as refusedAs } from "../../support/refused";
import { reportParts } from "../../support/report-parts";
import { xlsWithRecords, type XlsRecord } from "../../support/xls-records";
import { EOF, records } from "../../../src/xlsx/sheetjs/xls-records";

jest.setTimeout(120_000);

// Red team, round 22: how an .xls's records are put together, where SheetJS and LibreOffice read apart.

const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const CONTINUE = 0x003c;
const FORM = "Biểu 01";

let xls: Uint8Array;

beforeAll(async () => {
  xls = resaveWith((await reportParts()).bytes, "xlsx", "xls");
});

const visibilityOf = (bytes: Uint8Array, ext: string) =>
  readWorkbookGrid(bytes, `r.${ext}`).sheets.find((s) => s.name === FORM)!.visibility;

describe("an .xls sheet's state", () => {
  it("hides a form whose BOUNDSHEET state is 3, no state MS-XLS names, as LibreOffice does", () => {
    const three = xlsWithRecords(xls, (records) => {
      const first = records.find((r) => r.type === BOUNDSHEET)!;
      first.body[4] = 3;
      return records;
    });
    expect(visibilityOf(xls, "xls")).toBe("visible");
    expect(visibilityOf(three, "xls")).toBe("hidden");
    expect(visibilityOf(resaveWith(three, "xls", "ods"), "ods")).toBe("hidden");
  });
});

describe("an .xls of two workbook streams", () => {
  /** The report's .xls with a copy of its Workbook stream added at `path`. */
  const withWorkbookCopyAt = (path: string) => {
    const cfb = loadSheetJs().CFB;
    const container = cfb.read(xls, { type: "array" });
    const content = cfb.find(container, "Workbook")!.content as ArrayLike<number>;
    cfb.utils.cfb_add(container, path, Uint8Array.from(content));
    return new Uint8Array(cfb.write(container, { type: "array", fileType: "cfb" }) as ArrayLike<number>);
  };

  it("is refused: LibreOffice shows the Book stream, SheetJS the Workbook one", () => {
    const both = withWorkbookCopyAt("Book");
    expect(() => readWorkbookGrid(xls, "r.xls")).not.toThrow();
    expect(() => readWorkbookGrid(both, "r.xls")).toThrow(FileError);
    // Saying why: Gnumeric's "Excel 97/2000/XP & 5.0/95" writes such a file (red team, round 45).
    expect(() => readWorkbookGrid(both, "r.xls")).toThrow(
      expect.objectContaining({
        text: expect.objectContaining({ en: expect.stringContaining("holds two copies of the workbook") }),
      }) as FileError,
    );
  });

  it("is read where the second is an embedded workbook's, in a storage of its own (round 22's review)", () => {
    const embedded = withWorkbookCopyAt("/MBD0001A2B3/Workbook");
    expect(visibilityOf(embedded, "xls")).toBe("visible");
  });
});

/** The report's .xls with its sheets' BOF offsets in the globals replaced by `moved` of them. */
function withSheetOffsets(bytes: Uint8Array, moved: (offsets: number[]) => number[]): Uint8Array {
  const cfb = loadSheetJs().CFB;
  const container = cfb.read(bytes, { type: "array" });
  const entry = cfb.find(container, "Workbook")!;
  const data = Uint8Array.from(entry.content as ArrayLike<number>);
  const view = new DataView(data.buffer);
  const bound = [...records(data)].filter((r) => r.type === BOUNDSHEET);
  const offsets = moved(bound.map((r) => view.getUint32(r.at + 4, true)));
  bound.forEach((r, i) => view.setUint32(r.at + 4, offsets[i]!, true));
  entry.content = data;
  return new Uint8Array(cfb.write(container, { type: "array", fileType: "cfb" }) as ArrayLike<number>);
}

describe("an .xls sheet's place in the workbook stream", () => {
  it("is refused where two sheets say they begin at one substream: SheetJS gives it to one, the check read it as both", () => {
    const shared = withSheetOffsets(xls, (offsets) => offsets.map((o, i) => (i === 1 ? offsets[0]! : o)));
    expect(refusedAs(xls, "r.xls")).toBe(false);
    expect(refusedAs(shared, "r.xls")).toBe(true);
  });

  it("is refused where a sheet says it begins at a substream inside another sheet's (an embedded chart's BOF)", () => {
    // A BOF record copied inside the second sheet's substream, after its own BOF: a chart's substream.
    const nested = xlsWithRecords(xls, (all) => {
      const second = all.findIndex((r) => r.sheet === 1);
      const bof = all[second]!;
      const eof = all.find((r) => r.sheet === 1 && r.type === EOF)!;
      return [...all.slice(0, second + 1), { ...bof }, { ...eof }, ...all.slice(second + 1)];
    });
    // The helper points each BOUNDSHEET at a BOF in turn: the third sheet's now at the chart's.
    expect(refusedAs(nested, "r.xls")).toBe(true);
  });
});

/**
 * The CONTINUE records (by their place among `records`) that go on inside a shared string's characters,
 * each beginning with the byte that says whether they are of one byte or two (MS-XLS 2.4.265).
 */
function continuedInsideStrings(records: readonly XlsRecord[]): number[] {
  const start = records.findIndex((r) => r.type === SST);
  const parts: number[] = [start];
  for (let i = start + 1; records[i]?.type === CONTINUE; i++) parts.push(i);
  let [part, at] = [0, 8];
  const body = () => records[parts[part]!]!.body;
  const byte = () => {
    while (at >= body().length) [part, at] = [part + 1, 0];
    return body()[at++]!;
  };
  const skip = (count: number) => {
    for (let i = 0; i < count; i++) byte();
  };
  const inside: number[] = [];
  const count = new DataView(body().buffer, body().byteOffset).getUint32(4, true);
  for (let s = 0; s < count && part < parts.length; s++) {
    const length = byte() | (byte() << 8);
    const flags = byte();
    const runs = flags & 8 ? byte() | (byte() << 8) : 0;
    const extended = flags & 4 ? byte() | (byte() << 8) | (byte() << 16) | (byte() << 24) : 0;
    let wide = (flags & 1) === 1;
    for (let left = length; left > 0; ) {
      if (at >= body().length) {
        [part, at] = [part + 1, 0];
        inside.push(parts[part]!);
        wide = (byte() & 1) === 1;
      }
      const taken = Math.min(left, Math.floor((body().length - at) / (wide ? 2 : 1)));
      at += taken * (wide ? 2 : 1);
      left -= taken;
      if (taken === 0) at = body().length;
    }
    skip(runs * 4 + extended);
  }
  return inside;
}

describe("an .xls shared string continued in another record", () => {
  it("is refused where the record's width byte is other than 0 or 1: LibreOffice and SheetJS read other letters", () => {
    let continued: number[] = [];
    const flagged = xlsWithRecords(xls, (records) => {
      continued = continuedInsideStrings(records);
      records[continued[0]!]!.body[0]! |= 2;
      return records;
    });
    expect(continued.length).toBeGreaterThan(0);
    expect(() => readWorkbookGrid(xls, "r.xls")).not.toThrow();
    expect(() => readWorkbookGrid(flagged, "r.xls")).toThrow(FileError);
  });
});

describe("an .xls formula holding a number, a STRING record after it", () => {
  it("is read at its number, as LibreOffice shows it, not at the string SheetJS takes (round 22)", () => {
    const FORMULA = 0x0006;
    const STRING = 0x0207;
    let at: { row: number; col: number; result: number } | undefined;
    // A formula of its own: one a shared or array formula's record follows must be followed by it.
    const SHARED = [0x04bc, 0x0221, 0x0236];
    const stray = xlsWithRecords(xls, (records) =>
      records.flatMap((record, i) => {
        const { type, body, sheet } = record;
        const view = new DataView(body.buffer, body.byteOffset);
        if (at || sheet !== 0 || type !== FORMULA || view.getUint16(12, true) === 0xffff) return [record];
        if (SHARED.includes(records[i + 1]!.type)) return [record];
        at = { row: view.getUint16(0, true), col: view.getUint16(2, true), result: view.getFloat64(6, true) };
        return [record, { type: STRING, body: Uint8Array.of(3, 0, 0, 0x37, 0x37, 0x37) }];
      }),
    );
    expect(at).toBeDefined();
    const cell = (bytes: Uint8Array) =>
      readWorkbookGrid(bytes, "r.xls")
        .sheets.find((s) => s.name === FORM)!
        .cells.get(`${String.fromCharCode(65 + at!.col)}${at!.row + 1}`);
    expect(cell(stray)?.value).toEqual({ type: "number", value: at!.result });
    expect(cell(stray)?.value).toEqual(cell(xls)?.value);
  });
});

describe("an .xls formula or cell record programs read apart (red team, round 26)", () => {
  const FORMULA = 0x0006;
  const NUMBER = 0x0203;

  /** The file with its first sheet's first formula's tokens set to `rgce` (hex), and more records after it. */
  const withFormula = (rgce: string, after: (formula: XlsRecord) => XlsRecord[] = () => []) =>
    xlsWithRecords(xls, (records) => {
      const at = records.findIndex((r) => r.sheet === 0 && r.type === FORMULA);
      const tokens = Uint8Array.from(Buffer.from(rgce, "hex"));
      const body = new Uint8Array(22 + tokens.length);
      body.set(records[at]!.body.subarray(0, 20));
      new DataView(body.buffer).setUint16(20, tokens.length, true);
      body.set(tokens, 22);
      const formula = { ...records[at]!, body };
      return [...records.slice(0, at), formula, ...after(formula), ...records.slice(at + 1)];
    });
  const read = (bytes: Uint8Array) => () => readWorkbookGrid(bytes, "r.xls");
  const refused = (bytes: Uint8Array) => refusedAs(bytes, "r.xls");

  it("reads a formula of tokens BIFF8 has: a number, an attribute Excel writes, a sum", () => {
    expect(read(withFormula("1e0800"))).not.toThrow();
    expect(read(withFormula("19400100" + "1e0800"))).not.toThrow();
    expect(read(withFormula("1e0500" + "1e0300" + "03"))).not.toThrow();
  });

  it("is refused with a token BIFF8 does not have, which SheetJS drops for the cached figure", () => {
    // An attribute of two kinds at once (LibreOffice computes the 5 after it), a byte of no token, one
    // after a number, a number cut short.
    for (const rgce of ["190300001e0500", "ff", "1e0800ff", "1f0000"])
      expect({ rgce, refused: refused(withFormula(rgce)) }).toEqual({ rgce, refused: true });
  });

  it("is refused where a formula points to a shared formula no cell gives (LibreOffice shows nothing)", () => {
    expect(read(withFormula("0108000300"))).toThrow(FileError);
  });

  it("is refused where a shared formula's record does not follow its first cell's formula: LibreOffice drops it", () => {
    const SHRFMLA = 0x04bc;
    let shared = 0;
    const apart = xlsWithRecords(xls, (records) =>
      records.flatMap((record, i) => {
        if (record.type !== FORMULA || records[i + 1]?.type !== SHRFMLA || shared++ > 0) return [record];
        return [record, { type: 0x0207, body: Uint8Array.of(1, 0, 0, 0x37), sheet: record.sheet }];
      }),
    );
    expect(shared).toBeGreaterThan(0);
    expect(refused(xls)).toBe(false);
    expect(refused(apart)).toBe(true);
  });

  it("is refused where a cell is given twice: SheetJS keeps the formula's cached figure, LibreOffice the number", () => {
    const twice = withFormula("1e0800", (formula) => {
      const body = new Uint8Array(14);
      body.set(formula.body.subarray(0, 6));
      new DataView(body.buffer).setFloat64(6, 5, true);
      return [{ type: NUMBER, body, sheet: 0 }];
    });
    expect(read(twice)).toThrow(FileError);
  });
});

describe("an .xls shared formula's flag and a table's record (round 26's review)", () => {
  const FORMULA = 0x0006;
  const refused = (bytes: Uint8Array) => refusedAs(bytes, "r.xls");
  /** Whether a FORMULA's tokens are one PtgExp, and its fShrFmla flag. */
  const isPointer = (r: XlsRecord) => r.type === FORMULA && r.body[20] === 5 && r.body[22] === 0x01;
  const flagged = (r: XlsRecord) => (r.body[14]! & 0x08) !== 0;

  it("is refused where a shared formula's cell is not flagged so: LibreOffice makes no cell of it", () => {
    let cleared = 0;
    const unflagged = xlsWithRecords(xls, (records) => {
      const pointer = records.find((r) => isPointer(r) && flagged(r))!;
      pointer.body[14]! &= ~0x08;
      cleared++;
      return records;
    });
    expect(cleared).toBe(1);
    expect(refused(unflagged)).toBe(true);
  });

  it("is refused where a formula of its own is flagged shared, which LibreOffice reads as none", () => {
    const flaggedOwn = xlsWithRecords(xls, (records) => {
      const own = records.find((r) => r.sheet === 0 && r.type === FORMULA && !isPointer(r))!;
      own.body[14]! |= 0x08;
      return records;
    });
    expect(refused(flaggedOwn)).toBe(true);
  });

  it("is refused where an array formula's range covers a cell that does not point to it", () => {
    /** The first own formula made an array formula of one cell, its ARRAY record's range `across` wide. */
    const arrayOver = (across: number) =>
      xlsWithRecords(xls, (records) => {
        const at = records.findIndex((r) => r.sheet === 0 && r.type === FORMULA && !isPointer(r));
        const own = records[at]!;
        const [row, col] = [own.body[0]!, own.body[2]!];
        const body = new Uint8Array(27);
        body.set(own.body.subarray(0, 20));
        body[14]! &= ~0x08;
        // Its tokens: one PtgExp to its own cell.
        body.set([5, 0, 0x01, row, 0, col, 0], 20);
        // ARRAY: its range (RefU), flags, a cache id, then its formula (the integer 8).
        const range = [row, 0, row, 0, col, col + across - 1];
        const array = Uint8Array.from([...range, 0, 0, 0, 0, 0, 0, 3, 0, 0x1e, 8, 0]);
        const formula = { ...own, body };
        return [
          ...records.slice(0, at),
          formula,
          { type: 0x0221, body: array, sheet: 0 },
          ...records.slice(at + 1),
        ];
      });
    expect(refused(arrayOver(1))).toBe(false);
    // The cell to its right keeps its own record: LibreOffice lays the array over it.
    expect(refused(arrayOver(2))).toBe(true);
  });

  it("is refused with a data table's record after a cell of no formula: LibreOffice lays the table over it", () => {
    const NUMBER_CELLS = [0x0203, 0x027e, 0x00bd];
    const table = xlsWithRecords(xls, (records) => {
      const at = records.findIndex((r) => r.sheet === 0 && NUMBER_CELLS.includes(r.type));
      const cell = records[at]!;
      const [row, col] = [cell.body[0]!, cell.body[2]!];
      const body = Uint8Array.of(row, 0, row, 0, col, col, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
      return [...records.slice(0, at + 1), { type: 0x0236, body, sheet: 0 }, ...records.slice(at + 1)];
    });
    expect(refused(xls)).toBe(false);
    expect(refused(table)).toBe(true);
  });
});

// Red team, round 48: what SheetJS reads of an .xls otherwise than Excel and LibreOffice show it.
describe("an .xls formula's text result, and a reference to another workbook", () => {
  const FORMULA = 0x0006;
  const STRING = 0x0207;
  const SUPBOOK = 0x01ae;
  const refused = (bytes: Uint8Array) => refusedAs(bytes, "r.xls");

  /** The first formula of the first sheet cached as a number and of no shared formula, marked a text, `after` after it. */
  const textResult = (after: XlsRecord[]) =>
    xlsWithRecords(xls, (records) => {
      const at = records.findIndex(
        (r, i) =>
          r.sheet === 0 && r.type === FORMULA && r.body[13] !== 0xff && records[i + 1]?.type !== 0x04bc,
      );
      const formula = records[at]!;
      formula.body.set([0, 0, 0, 0, 0, 0, 0xff, 0xff], 6);
      return [...records.slice(0, at + 1), ...after, ...records.slice(at + 1)];
    });

  it("is refused where no STRING record gives it: SheetJS makes no cell, LibreOffice computes one", () => {
    expect(refused(textResult([]))).toBe(true);
    // The text "7", one byte wide.
    expect(refused(textResult([{ type: STRING, body: Uint8Array.of(1, 0, 0, 0x37), sheet: 0 }]))).toBe(false);
  });

  it("is refused where a SUPBOOK names another workbook, which SheetJS drops from the formula", () => {
    /** The globals with a SUPBOOK of one sheet after their own ones: `path` (its length, then its bytes). */
    const linked = (second: number) =>
      xlsWithRecords(xls, (records) => {
        const lastOf = (type: number) => records.map((r) => r.type).lastIndexOf(type);
        const last = Math.max(lastOf(SUPBOOK), lastOf(BOUNDSHEET));
        const path = [...Buffer.from("\u0001b.xls", "latin1")];
        const sheet = [...Buffer.from("S1", "latin1")];
        const body =
          second === 0
            ? Uint8Array.of(1, 0, path.length, 0, 0, ...path, sheet.length, 0, 0, ...sheet)
            : Uint8Array.of(1, 0, second & 0xff, second >> 8);
        return [
          ...records.slice(0, last + 1),
          { type: SUPBOOK, body, sheet: -1 },
          ...records.slice(last + 1),
        ];
      });
    expect(refused(linked(0))).toBe(true);
    expect(() => readWorkbookGrid(linked(0), "r.xls")).toThrow(/another workbook/);
    // Add-in functions are no workbook.
    expect(refused(linked(0x3a01))).toBe(false);
  });
});

// Red team, round 49: an Excel 95 workbook's fonts and cell styles are laid out otherwise than BIFF8's and
// were not read, so a figure filled to show 1010, white or in a 1-pt font was read as ready.
describe("an .xls of Excel 5.0/95", () => {
  it("is refused, saying to save it again as a workbook of today", async () => {
    const old = asExcel95((await reportParts()).bytes);
    expect(() => readWorkbookGrid(old, "r.xls")).toThrow(/old Excel format/);
    expect(refusedAs(xls, "r.xls")).toBe(false);
  });
});
