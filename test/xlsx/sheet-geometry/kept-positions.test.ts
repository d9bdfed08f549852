import { areasOf, KeptPositions } from "../../../src/xlsx/sheet-geometry/sheet-areas";

const at = (row: number, col: number) => ({ row, col, name: `${row}:${col}` });

describe("the kept cells of areas", () => {
  it("finds each cell once, in the order it was read, over overlapping areas", () => {
    const kept = new KeptPositions<ReturnType<typeof at>>();
    for (const p of [at(0, 0), at(0, 1), at(1, 0), at(1, 1), at(2, 2)]) kept.add(p);
    const found = kept.in(areasOf("A1:B2 B1:C3"));
    expect(found.map((p) => p.name)).toEqual(["0:0", "0:1", "1:0", "1:1", "2:2"]);
  });

  it("keeps the order they were read in where a sheet gave them out of order", () => {
    const kept = new KeptPositions<ReturnType<typeof at>>();
    for (const p of [at(3, 1), at(0, 2), at(3, 0), at(0, 1), at(0, 2)]) kept.add(p);
    expect(kept.in(areasOf("A1:C4")).map((p) => p.name)).toEqual(["3:1", "0:2", "3:0", "0:1", "0:2"]);
    expect(kept.in(areasOf("B1:B4 A4")).map((p) => p.name)).toEqual(["3:1", "3:0", "0:1"]);
    expect(kept.in(areasOf("D1:D9"))).toEqual([]);
  });

  it("sees a cell kept after it was last asked", () => {
    const kept = new KeptPositions<ReturnType<typeof at>>();
    kept.add(at(1, 1));
    expect(kept.in(areasOf("A1:C3"))).toHaveLength(1);
    kept.add(at(0, 0));
    expect(kept.in(areasOf("A1:C3")).map((p) => p.name)).toEqual(["1:1", "0:0"]);
  });
});

describe("a range list read again", () => {
  it("gives each reading its own list of the same areas, and the cap still refuses it", () => {
    const first = areasOf("C9:D12 F9");
    const second = areasOf("C9:D12 F9");
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(() =>
      areasOf("C9:D12 F9", {
        max: 1,
        exceeded: () => {
          throw new Error("too many");
        },
      }),
    ).toThrow("too many");
    expect(
      areasOf("C9:D12 F9", {
        max: 2,
        exceeded: () => {
          throw new Error("no");
        },
      }),
    ).toHaveLength(2);
  });
});
