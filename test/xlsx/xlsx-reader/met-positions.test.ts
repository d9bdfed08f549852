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
});
