import { rememberedPart } from "../../../src/xlsx/package/remembered-parts";
import { sameBytes } from "../../../src/xlsx/zip/same-bytes";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("rememberedPart", () => {
  it("reads a part met again byte for byte once, and one differing in a single byte again", () => {
    const reads: string[] = [];
    const read = rememberedPart((xml: string) => {
      reads.push(xml);
      return { xml };
    }, 4);
    const first = read(bytes("<styleSheet><a/></styleSheet>"));
    expect(read(bytes("<styleSheet><a/></styleSheet>"))).toBe(first);
    expect(read(bytes("<styleSheet><b/></styleSheet>")).xml).toBe("<styleSheet><b/></styleSheet>");
    expect(reads).toHaveLength(2);
  });

  it("keeps a part's reading apart for each part it belongs to", () => {
    const read = rememberedPart((xml: string, owner: string) => `${owner}:${xml}`, 4);
    expect(read(bytes("<r/>"), "xl/workbook.xml")).toBe("xl/workbook.xml:<r/>");
    expect(read(bytes("<r/>"), "")).toBe(":<r/>");
  });

  it("forgets the oldest part past its cap, and reads a refused part again each time", () => {
    let reads = 0;
    const read = rememberedPart((xml: string) => {
      reads++;
      if (xml === "bad") throw new Error("refused");
      return xml;
    }, 2);
    for (const text of ["a", "b", "c", "a"]) read(bytes(text));
    expect(reads).toBe(4);
    expect(() => read(bytes("bad"))).toThrow("refused");
    expect(() => read(bytes("bad"))).toThrow("refused");
  });
});

describe("sameBytes", () => {
  it("tells parts apart by any byte, word-aligned or not", () => {
    const a = new Uint8Array(1001).map((_, i) => i % 251);
    const shifted = new Uint8Array(1002);
    shifted.set(a, 1);
    const unaligned = shifted.subarray(1);
    expect(sameBytes(a, unaligned)).toBe(true);
    for (const at of [0, 3, 500, 999, 1000]) {
      const other = a.slice();
      other[at] = (other[at]! + 1) % 256;
      expect(sameBytes(a, other)).toBe(false);
      expect(sameBytes(unaligned, other)).toBe(false);
    }
    expect(sameBytes(a, a.subarray(0, 1000))).toBe(false);
  });
});
