import type { GridCell } from "../../../src/core/grid/grid";
import { printedFontOf, smallSizesOf } from "../../../src/core/report/drawn-sizes";
import { printsBehindCells } from "../../../src/core/report/sheet-background";

// The judge of the sizes readers give as they are (`GridCell.drawnSizes`): which are too small to show a
// figure or a text, and the font a form prints in.
const figure = (value: number, drawnSizes: GridCell["drawnSizes"], shown?: string): GridCell => ({
  value: { type: "number", value },
  drawnSizes,
  ...(shown !== undefined ? { shown } : {}),
});
const text = (value: string, drawnSizes: GridCell["drawnSizes"], more: Partial<GridCell> = {}): GridCell => ({
  value: { type: "string", value },
  drawnSizes,
  ...more,
});
const FORM = { rowHeight: 15, columnWidth: 12, fontSize: 11 };

describe("smallSizesOf", () => {
  it("says nothing of a cell of ordinary sizes, and names a 1-pt font, a 1-pt row, a column under a character", () => {
    expect(smallSizesOf(figure(45, { styles: [FORM] }))).toBeUndefined();
    expect(smallSizesOf(figure(45, { styles: [{ ...FORM, fontSize: 1 }] }))).toEqual({ fontSize: 1 });
    expect(smallSizesOf(figure(45, { styles: [{ ...FORM, rowHeight: 1 }] }))).toEqual({
      rowHeight: 1,
      fontSize: 11,
    });
    expect(smallSizesOf(figure(45, { styles: [{ ...FORM, columnWidth: 0.5 }] }))).toEqual({
      columnWidth: 0.5,
    });
    expect(smallSizesOf({ value: { type: "number", value: 45 } })).toBeUndefined();
  });

  it("judges each of a cell's own styles, the first too small named (Excel's, then LibreOffice's)", () => {
    expect(smallSizesOf(figure(45, { styles: [FORM, { ...FORM, fontSize: 2 }] }))).toEqual({ fontSize: 2 });
    expect(
      smallSizesOf(
        figure(45, {
          styles: [
            { ...FORM, fontSize: 3 },
            { ...FORM, fontSize: 2 },
          ],
        }),
      ),
    ).toEqual({ fontSize: 3 });
  });

  // Red team, rounds 10, 11 and 19: a rule's 3-pt font over a figure, its 1-pt or 500-pt font over a label.
  it("judges a conditional format's font over the cell's own row and column, for a figure and a text", () => {
    const drawn = { styles: [FORM], conditionalFonts: [3] };
    expect(smallSizesOf(figure(45, drawn))).toEqual({ fontSize: 3 });
    expect(smallSizesOf(text("Chỉ tiêu", { styles: [FORM], conditionalFonts: [500] }))).toEqual({
      rowHeight: 15,
      fontSize: 500,
    });
    expect(smallSizesOf(figure(45, { styles: [FORM], conditionalFonts: [9] }))).toBeUndefined();
    // A figure its column shows as ### is hidden by that alone; a blank cell shows no figure to shrink.
    expect(smallSizesOf(figure(45, drawn, "###"))).toBeUndefined();
    expect(smallSizesOf({ formula: "B2*2", drawnSizes: drawn })).toBeUndefined();
  });
});

describe("printedFontOf", () => {
  it("gives the smallest font under 11 pt a figure or a text prints in, and none at 11 pt or more", () => {
    expect(printedFontOf(figure(45, { styles: [FORM] }))).toBeUndefined();
    expect(
      printedFontOf(
        figure(45, {
          styles: [
            { ...FORM, fontSize: 9 },
            { ...FORM, fontSize: 8 },
          ],
        }),
      ),
    ).toBe(8);
    expect(printedFontOf(text("Biểu 01", { styles: [{ ...FORM, fontSize: 6 }] }))).toBe(6);
    expect(printedFontOf({ formula: "B2*2", drawnSizes: { styles: [{ ...FORM, fontSize: 7 }] } })).toBe(7);
    expect(
      printedFontOf({ value: { type: "boolean", value: true }, drawnSizes: { styles: [{ fontSize: 6 }] } }),
    ).toBe(undefined);
  });

  // Review: a 6-pt rule that holds printed the figure 2.6 pt high; a text's rule too, in every format.
  it("counts a conditional format's font, for a figure and a text", () => {
    expect(printedFontOf(figure(45, { styles: [FORM], conditionalFonts: [6, 14] }))).toBe(6);
    expect(printedFontOf(text("Đơn vị tính: người", { styles: [FORM], conditionalFonts: [7] }))).toBe(7);
  });

  // Red team, round 52: a label's words in 4-pt runs printed 2 pt high on a form fitted to its page.
  it("counts a text's runs of letters drawn at all, not a blank run nor one too small to draw", () => {
    const runs = (...sizes: [string, number][]) => ({
      drawnRuns: [{ runs: sizes.map(([words, size]) => ({ text: words, inks: [], fontSizes: [size] })) }],
    });
    expect(printedFontOf(text("Doanh nghiệp", { styles: [FORM] }, runs(["Doanh ", 11], ["nghiệp", 4])))).toBe(
      4,
    );
    expect(
      printedFontOf(text("Doanh nghiệp", { styles: [FORM] }, runs(["Doanh nghiệp", 11], [" ", 5]))),
    ).toBe(undefined);
    expect(
      printedFontOf(text("Doanh nghiệp", { styles: [FORM] }, runs(["Doanh nghiệp", 11], ["x", 1]))),
    ).toBe(undefined);
  });
});

// Red team, rounds 53 and 56: a black page printed the form's words black on black.
describe("printsBehindCells", () => {
  it("reads a picture or a dark page as hiding black text, and a pale colour or none as not", () => {
    expect(printsBehindCells("picture")).toBe(true);
    expect(printsBehindCells(["000000"])).toBe(true);
    expect(printsBehindCells(["FFFF99"])).toBe(false);
    expect(printsBehindCells(["FFFFFF"])).toBe(false);
    expect(printsBehindCells(undefined)).toBe(false);
  });
});
