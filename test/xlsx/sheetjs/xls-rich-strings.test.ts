import { richStrings } from "../../../src/xlsx/sheetjs/xls-rich-strings";
import { XlsStyleReader } from "../../../src/xlsx/sheetjs/xls-styles";
import { seenText } from "../../../src/core/report/seen-text";

// An .xls keeps its shared strings in one SST record and the CONTINUE records after it: a string's
// characters may run on into the next record, which then begins with a byte saying how wide they are.

const words = (...values: number[]) => values.flatMap((v) => [v & 0xff, v >> 8]);
const dwords = (...values: number[]) => values.flatMap((v) => [...words(v & 0xffff), ...words(v >>> 16)]);
const wide = (text: string) => [...text].flatMap((c) => words(c.charCodeAt(0)));
const narrow = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe("an .xls's shared strings written in runs", () => {
  it("are read with each run's start and font, across a CONTINUE that changes the characters' width", () => {
    const first = "Doanh nghiệp ";
    const second = "ngoài nhà nước";
    const plain = [...words(5), 0x00, ...narrow("Total")];
    const sst = Uint8Array.from([
      ...dwords(2, 2),
      ...plain,
      ...words(first.length + second.length),
      0x09, // two-byte characters, in runs
      ...words(2),
      ...wide(first),
    ]);
    const continued = Uint8Array.from([
      0x01, // the rest of the characters, two bytes each
      ...wide(second),
      ...words(0, 7, first.length, 9),
    ]);
    const found = richStrings([sst, continued]);
    expect([...found.keys()]).toEqual([1]);
    expect(found.get(1)).toEqual({
      text: first + second,
      runs: [
        { from: 0, font: 7 },
        { from: first.length, font: 9 },
      ],
    });
  });

  it("keeps what was read before a table cut short", () => {
    const sst = Uint8Array.from([
      ...dwords(3, 3),
      ...words(2),
      0x08,
      ...words(1),
      ...narrow("AB"),
      ...words(1, 6),
      ...words(9),
      0x00,
    ]);
    expect(richStrings([sst]).get(0)).toEqual({ text: "AB", runs: [{ from: 1, font: 6 }] });
  });

  it("keeps runs as LibreOffice draws them: one past the text is none, one not after the last replaces its font", () => {
    const runs = [
      ...words(0, 1),
      ...Array.from({ length: 1_000 }, () => words(0, 2)).flat(),
      ...words(3, 9),
      ...words(2, 8),
      ...words(40, 7),
    ];
    const sst = Uint8Array.from([
      ...dwords(1, 1),
      ...words(5),
      0x08,
      ...words(runs.length / 4),
      ...narrow("Hello"),
      ...runs,
    ]);
    expect(richStrings([sst]).get(0)).toEqual({
      text: "Hello",
      runs: [
        { from: 0, font: 2 },
        { from: 3, font: 8 },
      ],
    });
  });

  it("reads on past a record that ends inside a two-byte character, as LibreOffice does", () => {
    const first = Uint8Array.from([...dwords(2, 2), ...words(4), 0x01, ...wide("ab"), 0x63]);
    const second = Uint8Array.from([
      0x00,
      ...narrow("cd"),
      ...words(2),
      0x08,
      ...words(1),
      ...narrow("xy"),
      ...words(1, 5),
    ]);
    expect(richStrings([first, second]).get(1)).toEqual({ text: "xy", runs: [{ from: 1, font: 5 }] });
  });
});

describe("what a person reads of an .xls string in runs of fonts", () => {
  const [FONT, XF, SST, EXTSST] = [0x0031, 0x00e0, 0x00fc, 0x00ff];
  /** A FONT of `points` in palette colour `icv` (8 black, 9 white; 0x7FFF automatic). */
  const font = (points: number, icv: number) => Uint8Array.from([...words(points * 20, 0, icv), 0, 0, 0, 0]);
  /** An XF in font `index`, unfilled, or in a pattern of two colours (which cannot be told as one). */
  const xf = (index: number, patterned = false) =>
    Uint8Array.from([
      ...words(index),
      ...Array(12).fill(0),
      ...(patterned ? [0, 0, 0, 8, 0x88, 0x04] : [0, 0, 0, 0, 0, 0]),
    ]);
  /** One SST string, "Doanh " in the cell's font then "nghiep" in font `index`. */
  const sst = (index: number) =>
    Uint8Array.from([
      ...dwords(1, 1),
      ...words(12),
      0x08,
      ...words(1),
      ...narrow("Doanh nghiep"),
      ...words(6, index),
    ]);
  const seen = (records: [number, Uint8Array][], cellStyle = 0) => {
    const reader = new XlsStyleReader();
    for (const [type, body] of records) reader.take(type, body);
    const drawn = reader.styles().drawnRuns(cellStyle, 0, () => undefined);
    return drawn && seenText(drawn);
  };
  const fonts: [number, Uint8Array][] = [0, 1, 2, 3].map(() => [FONT, font(11, 0x7fff)]);

  it("drops a run in the cell's fill colour, in the last of two SSTs as SheetJS and LibreOffice read them", () => {
    const white: [number, Uint8Array] = [FONT, font(11, 9)];
    const records: [number, Uint8Array][] = [...fonts, white, [XF, xf(0)]];
    expect(seen([...records, [SST, sst(5)]])).toBe("Doanh ");
    expect(
      seen([
        ...records,
        [SST, Uint8Array.from(dwords(0, 0))],
        [EXTSST, Uint8Array.from(words(8))],
        [SST, sst(5)],
      ]),
    ).toBe("Doanh ");
    expect(seen([...records, [SST, sst(1)]])).toBeUndefined();
  });

  it("draws font 4, which no file holds, as the first font (LibreOffice's bold one)", () => {
    const records: [number, Uint8Array][] = [
      [FONT, font(11, 9)],
      ...fonts.slice(1),
      [XF, xf(1)],
      [SST, sst(4)],
    ];
    expect(seen(records, 0)).toBe("Doanh ");
  });

  it("judges a run's size where the cell's fill cannot be told as one colour", () => {
    const records: [number, Uint8Array][] = [
      ...fonts,
      [FONT, font(1, 0x7fff)],
      [XF, xf(0, true)],
      [SST, sst(5)],
    ];
    expect(seen(records)).toBe("Doanh ");
  });
});
