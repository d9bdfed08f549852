import { richStrings } from "../../src/xlsx/sheetjs/xls-rich-strings";

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
});
