import { MetPositions } from "../../../src/xlsx/xlsx-reader/met-positions";

describe("the positions of a sheet's cells met so far", () => {
  it("refuses a position met before, in order or out of it, past the first array's length", () => {
    const met = new MetPositions();
    const ordered = Array.from({ length: 3000 }, (_, i) => i * 2);
    expect(ordered.every((p) => met.add(p))).toBe(true);
    expect(met.add(1234)).toBe(false);
    expect(met.add(5998)).toBe(false);
    expect(met.add(1235)).toBe(true);
    expect(met.add(1235)).toBe(false);
    expect(met.add(6000)).toBe(true);
    expect(met.add(0)).toBe(false);
  });

  it("tells a position met, in order or out of it, from one not met", () => {
    const met = new MetPositions();
    for (const p of [5, 9, 200, 3, 7]) met.add(p);
    expect([3, 5, 7, 9, 200].every((p) => met.has(p))).toBe(true);
    expect([0, 4, 6, 8, 10, 201].some((p) => met.has(p))).toBe(false);
    expect(new MetPositions().has(0)).toBe(false);
  });
});
