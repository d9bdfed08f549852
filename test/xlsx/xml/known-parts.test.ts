import { KnownParts } from "../../../src/xlsx/xml/known-parts";

describe("the table of pieces read before", () => {
  const piece = (n: number) => `piece number ${String(n).padStart(3, "0")}`;

  it("keeps pieces up to its number of characters, and no more", () => {
    const table = new KnownParts<number>(1024, 100, 3 * piece(0).length);
    const xml = [0, 1, 2, 3].map(piece).join("");
    const at = (n: number) => n * piece(0).length;
    for (const n of [0, 1, 2, 3]) table.remember(xml, at(n), at(n + 1), n);
    const found = [0, 1, 2, 3].map((n) => table.find(xml, at(n), at(n + 1)));
    expect(found.filter((slot) => slot >= 0)).toHaveLength(3);
    expect(found[3]).toBe(-1);
    expect(table.met(found[0]!)).toBe(0);
  });

  it("keeps no piece longer than its longest", () => {
    const table = new KnownParts<string>(1024, 10, 1000);
    const xml = "a piece of more than ten characters";
    table.remember(xml, 0, xml.length, "read");
    expect(table.find(xml, 0, xml.length)).toBe(-1);
  });

  it("expects next the piece that came next last time, and only where it is written", () => {
    const table = new KnownParts<string>(1024, 100, 1000);
    const xml = `${piece(1)}${piece(2)}`;
    const middle = piece(1).length;
    table.remember(xml, 0, middle, "first");
    table.remember(xml, middle, xml.length, "second");
    table.met(table.find(xml, 0, middle));
    expect(table.expected(xml, middle)).toBe(table.find(xml, middle, xml.length));
    table.met(table.find(xml, 0, middle));
    expect(table.expected(`${piece(1)}${piece(3)}`, middle)).toBe(-1);
  });
});
