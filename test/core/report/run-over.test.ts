import { lineRun, ruleDrawings, type RowRoom } from "../../../src/core/report/run-over";

/** Columns 10 characters wide, the ones listed holding something. */
const room = (holding: number[] = [], width = 10): RowRoom => ({
  width: (col) => (col < 20 ? width : undefined),
  holds: (col) => holding.includes(col),
});

/** A line of `n` characters. */
const line = (n: number) => "x".repeat(n);

describe("the columns a line runs on over", () => {
  it("runs a left or General line to the right, over as many columns as its length takes", () => {
    expect(lineRun(line(10), { horizontal: ["general"] }, 2, room()).over).toEqual([]);
    // 30 characters at 0.8 of a digit each: 24, 14 past its own column of 10.
    expect(lineRun(line(30), { horizontal: ["left"] }, 2, room()).over).toEqual([3, 4]);
  });

  it("runs a right-aligned line to the left, a centred one both ways, half each", () => {
    expect(lineRun(line(30), { horizontal: ["right"] }, 5, room()).over).toEqual([3, 4]);
    expect(lineRun(line(30), { horizontal: ["center"] }, 5, room()).over).toEqual([4, 6]);
  });

  it("stops at a cell that holds something, where the line is cut, and at the sheet's edge", () => {
    expect(lineRun(line(60), { horizontal: ["general"] }, 2, room([4]))).toMatchObject({
      over: [3],
      cutBy: 4,
    });
    expect(lineRun(line(20), { horizontal: ["general"] }, 2, room([4]))).not.toHaveProperty("cutBy");
    expect(lineRun(line(60), { horizontal: ["right"] }, 1, room()).over).toEqual([0]);
  });

  it("widens a line in a larger font, and follows none in alignments that never run on", () => {
    expect(lineRun(line(15), { horizontal: ["general"], fontSize: 22 }, 2, room()).over).toEqual([3, 4]);
    expect(lineRun(line(10), { horizontal: ["left"], indent: 12 }, 2, room()).over).toEqual([3]);
    // 15 characters take 12 plain, 12.36 bold: only the bold line passes a column of 12.2.
    expect(lineRun(line(15), { horizontal: ["general"], bold: true }, 2, room([], 12.2)).over).toEqual([3]);
    expect(lineRun(line(15), { horizontal: ["general"] }, 2, room([], 12.2)).over).toEqual([]);
    expect(lineRun(line(60), { horizontal: ["justify", "fill"] }, 2, room()).over).toEqual([]);
    expect(lineRun(line(60), { horizontal: ["general"] }, 2, room([], NaN)).over).toEqual([]);
  });

  it("measures a line written in runs each in its size, and tells which runs pass its column", () => {
    const pieces = [{ text: line(10) }, { text: line(5), fontSize: 44 }];
    // 8 in its own column, then 5 characters four times as wide: 16 past it, two columns.
    const run = lineRun(line(15), { horizontal: ["general"], pieces }, 2, room());
    expect(run).toEqual({ over: [3, 4], passing: [1] });
    expect(lineRun(line(15), { horizontal: ["right"], pieces }, 5, room()).passing).toEqual([0, 1]);
    expect(lineRun(line(15), { horizontal: ["general"] }, 2, room()).over).toEqual([3]);
    expect(
      lineRun(line(15), { horizontal: ["general"], pieces: [{ text: line(15) }] }, 2, room()).passing,
    ).toEqual([0]);
  });
});

describe("the ways conditional formats may draw a line over a cell beside it", () => {
  it("pairs rules over one cell alone with each over the other, and takes a rule of the row over both at once", () => {
    const byRow = (rule: string) => rule === "band";
    expect(ruleDrawings(["font", "band"], ["band", "fill"], byRow)).toEqual([
      {},
      { under: "fill" },
      { line: "font" },
      { line: "font", under: "fill" },
      { line: "band", under: "band" },
    ]);
    expect(ruleDrawings([], [], byRow)).toEqual([{}]);
  });

  // Found reviewing round 60's mend: a fill of the cells holding something, white on dark, holds over the
  // line and not over the empty cells beside it.
  it("lets a rule over both whose condition is not the row's hold over either alone", () => {
    expect(ruleDrawings(["filled"], ["filled"], () => false)).toEqual([
      {},
      { under: "filled" },
      { line: "filled" },
      { line: "filled", under: "filled" },
    ]);
  });
});
