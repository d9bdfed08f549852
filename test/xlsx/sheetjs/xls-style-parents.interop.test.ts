import { FileError, readWorkbookGrid } from "../../../src/xlsx";
import { sheetJsOutcome, ruled } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";
import { xlsWithRecords, type XlsRecord } from "../../support/xls-records";

jest.setTimeout(120_000);

// Red team, round 24: LibreOffice draws a cell XF's part from the style it makes of the XF's parent, or
// from its Default style, where SheetJS and this reader take the XF's own fields.

const XF = 0x00e0;
const STYLE = 0x0293;
const PALETTE = 0x0092;
const FORMAT = 0x041e;
const BOF = 0x0809;
const NUMBER = 0x0203;
const RK = 0x027e;
/** XF byte 9's fAtrNum: the cell XF's own number format is used; fAtrBdr: its borders. */
const NUMBER_USED = 0x04;
const BORDERS_USED = 0x20;

let xls: Uint8Array;
let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
  xls = resaveWith(report.bytes, "xlsx", "xls");
});

const read = (bytes: Uint8Array) => () => readWorkbookGrid(bytes, "r.xls");

/** Each cell XF (not a style's), in the order of the XF records. */
const cellXfs = (records: readonly XlsRecord[]) =>
  records.filter((r) => r.type === XF && (r.body[4]! & 0x04) === 0);

const setParent = (body: Uint8Array, parent: number) => {
  const flags = (body[4]! | (body[5]! << 8)) & 0x000f;
  new DataView(body.buffer, body.byteOffset).setUint16(4, flags | (parent << 4), true);
};

const edited = (edit: (records: XlsRecord[]) => XlsRecord[]) => xlsWithRecords(xls, edit);

describe("an .xls cell style's parent", () => {
  it("reads LibreOffice's own .xls, whose cell styles take parts from the Normal style a STYLE names", () => {
    expect(read(xls)).not.toThrow();
  });

  it("is refused where a cell style has no parent style: LibreOffice draws the part it leaves to one in its Default style", () => {
    const orphaned = edited((records) => {
      for (const { body } of cellXfs(records)) {
        setParent(body, 0x0fff);
        body[9]! &= ~NUMBER_USED;
      }
      return records;
    });
    expect(read(orphaned)).toThrow(FileError);
  });

  it("reads a workbook that names no style, where its cell styles' parts drawn from XF 0 are LibreOffice's defaults (as SheetJS writes one)", () => {
    const unnamed = edited((records) => records.filter((r) => r.type !== STYLE));
    expect(read(unnamed)).not.toThrow();
  });

  it("is refused where the parent's STYLE is a user style of no name, of which LibreOffice makes no style (round 25's review)", () => {
    /** The file with XF 0 and the input cells' styles in `#,##0` (format 3), theirs left to the parent, and XF 0's STYLE `named`. */
    const withNormal = (named: "normal" | "user" | "unnamed") =>
      edited((records) => {
        const xfs = records.filter((r) => r.type === XF);
        new DataView(xfs[0]!.body.buffer, xfs[0]!.body.byteOffset).setUint16(2, 3, true);
        for (const { body } of cellXfs(records))
          if ((body[4]! | (body[5]! << 8)) >> 4 === 0) {
            new DataView(body.buffer, body.byteOffset).setUint16(2, 3, true);
            body[9]! &= ~NUMBER_USED;
          }
        const normal = records.find((r) => r.type === STYLE && (r.body[1]! & 0x80) !== 0 && r.body[2] === 0)!;
        if (named === "normal") return records;
        // A user style: its XF without fBuiltIn, then its name (an XLUnicodeString).
        const name = named === "user" ? [1, 0, 0, 0x58] : [0, 0, 0];
        return records.map((r) => (r === normal ? { ...r, body: Uint8Array.of(0, 0, ...name) } : r));
      });
    expect(read(withNormal("normal"))).not.toThrow();
    expect(read(withNormal("user"))).not.toThrow();
    expect(read(withNormal("unnamed"))).toThrow(FileError);
  });

  it("is refused where a cell style leaves its diagonal borders to LibreOffice's Default style, which crosses its figure out (round 54)", () => {
    /** The first figure's cell style under XF 1 (a style no STYLE names), both leaving borders to the Default (XF 0). */
    const crossed = (defaultCrossed: boolean) =>
      edited((records) => {
        const xfs = records.filter((r) => r.type === XF);
        const cell = records.find((r) => r.sheet === 0 && (r.type === NUMBER || r.type === RK))!;
        const own = xfs[cell.body[4]! | (cell.body[5]! << 8)]!;
        setParent(own.body, 1);
        own.body[9]! &= ~BORDERS_USED;
        xfs[1]!.body[9]! &= ~BORDERS_USED;
        if (defaultCrossed) {
          // grbitDiag both ways (bits 30–31 of the word at 10), dgDiag a thin line (bits 21–24 of that at 14).
          xfs[0]!.body[13]! |= 0xc0;
          xfs[0]!.body[16]! |= 0x20;
        }
        return records;
      });
    expect(read(crossed(false))).not.toThrow();
    expect(read(crossed(true))).toThrow(FileError);
  });

  it("is refused where a second XF is called the Normal style: LibreOffice's Default is then made of it", () => {
    const twoNormals = edited((records) => {
      const other = records.find((r) => r.type === STYLE && (r.body[1]! & 0x80) !== 0 && r.body[2] !== 0)!;
      other.body[2] = 0;
      return records;
    });
    expect(read(twoNormals)).toThrow(FileError);
  });
});

describe("an .xls cell's style", () => {
  /** The file with the first number cell of the first sheet in XF `xf`. */
  const withCellXf = (xf: number) =>
    edited((records) => {
      const cell = records.find((r) => r.sheet === 0 && (r.type === NUMBER || r.type === RK))!;
      new DataView(cell.body.buffer, cell.body.byteOffset).setUint16(4, xf, true);
      return records;
    });

  it("is refused where it is a style XF, which LibreOffice does not apply to a cell", () => {
    expect(read(withCellXf(0))).toThrow(FileError);
  });

  it("is refused where the file holds no XF of its number", () => {
    expect(read(withCellXf(4_000))).toThrow(FileError);
  });

  it("is refused where its font is one the file does not hold (LibreOffice draws the Default style's)", () => {
    const fontless = edited((records) => {
      const cell = records.find((r) => r.sheet === 0 && (r.type === NUMBER || r.type === RK))!;
      const xf = records.filter((r) => r.type === XF)[cell.body[4]! | (cell.body[5]! << 8)]!;
      new DataView(xf.body.buffer, xf.body.byteOffset).setUint16(0, 200, true);
      return records;
    });
    expect(read(fontless)).toThrow(FileError);
  });
});

describe("an .xls's palette and number formats", () => {
  it("is refused with two palettes: LibreOffice keeps the last one's colours alone", () => {
    let palettes = 0;
    const twice = edited((records) =>
      records.flatMap((r) => (r.type === PALETTE ? (palettes++, [r, { ...r, body: r.body.slice() }]) : [r])),
    );
    expect(palettes).toBe(1);
    expect(read(twice)).toThrow(FileError);
  });

  it("is refused with a palette of more than 56 colours, which LibreOffice lays over the system colours", () => {
    const longer = edited((records) =>
      records.map((r) => {
        if (r.type !== PALETTE) return r;
        const body = new Uint8Array(r.body.length + 16);
        body.set(r.body);
        body[0] = 60;
        return { ...r, body };
      }),
    );
    expect(read(longer)).toThrow(FileError);
  });

  it("is refused with a number format given in a sheet, which SheetJS applies and LibreOffice does not", () => {
    const inSheet = edited((records) => {
      const format = records.find((r) => r.type === FORMAT)!;
      const sheetStart = records.findIndex((r) => r.type === BOF && r.sheet === 0);
      return [...records.slice(0, sheetStart + 1), { ...format, sheet: 0 }, ...records.slice(sheetStart + 1)];
    });
    expect(read(inSheet)).toThrow(FileError);
  });
});

describe("an .xls cell a conditional format may apply to (red team, round 54)", () => {
  // LibreOffice draws it in a style it makes of the rule under its Default style (the Normal XF): what the
  // rule leaves unset is the Default's, not the cell's own. The template's rules set a fill and a colour
  // only, so the Normal style's number format shows through wherever one applies.
  it("is judged in the Default style's number format", () => {
    const misleading = (bytes: Uint8Array) =>
      ruled(sheetJsOutcome(bytes, "r.xls"), "cell.misleading_format", ["sheet", "cell"]);
    /** The file with XF 0 in the FORMAT record whose code `matches`. */
    const normalIn = (matches: RegExp) =>
      edited((records) => {
        const format = records.find((r) => {
          if (r.type !== FORMAT) return false;
          const [count, wide] = [r.body[2]! | (r.body[3]! << 8), (r.body[4]! & 1) === 1];
          const code = wide
            ? String.fromCharCode(...new Uint16Array(r.body.slice(5, 5 + 2 * count).buffer))
            : String.fromCharCode(...r.body.slice(5, 5 + count));
          return matches.test(code);
        })!;
        const xf0 = records.find((r) => r.type === XF)!;
        xf0.body.set(format.body.subarray(0, 2), 2);
        return records;
      });
    const { cell } = report.input;
    expect(misleading(xls)).toEqual([]);
    // Grouped digits show the same count: nothing to say.
    expect(misleading(normalIn(/^#,##0$/))).toEqual([]);
    // A rate's format on a count: 1,380 would show as 138000.0%.
    expect(misleading(normalIn(/%/))).toContainEqual(["Biểu 01", cell]);
  });
});
