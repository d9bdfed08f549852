import type { DrawnRuns, GridCell, TextRun } from "../../../src/core/grid/grid";
import { mayShowOf, seenText } from "../../../src/core/report/seen-text";

// The judge of what a person reads of a text written in runs, on the neutral facts a reader gives: each
// lie beside its honest twin, which a clerk makes (runs in grey, in a smaller size, in another font).
const WHITE = { text: "FFFFFF", background: "FFFFFF" };
const GREY = { text: "808080", background: "FFFFFF" };
const run = (text: string, more: Partial<TextRun> = {}): TextRun => ({ text, inks: [], ...more });
const label = (middle: Partial<TextRun>, rowHeight?: number): DrawnRuns => ({
  runs: [run("Doanh nghiệp "), run("ngoài ", middle), run("nhà nước")],
  ...(rowHeight !== undefined ? { rowHeight } : {}),
});

describe("seenText", () => {
  it("closes up a run in an ink its fill hides, and reads one in grey whole", () => {
    expect(seenText(label({ inks: [WHITE] }))).toBe("Doanh nghiệp nhà nước");
    expect(seenText(label({ inks: [GREY] }))).toBeUndefined();
  });

  it("drops a run too small, too large for its row, struck, in symbols or crowded; not one in 8 pt", () => {
    expect(seenText(label({ fontSizes: [1] }))).toBe("Doanh nghiệp nhà nước");
    expect(seenText(label({ fontSizes: [8] }))).toBeUndefined();
    expect(seenText(label({ fontSizes: [300] }, 30))).toBe("Doanh nghiệp nhà nước");
    expect(seenText(label({ fontSizes: [20] }, 30))).toBeUndefined();
    expect(seenText(label({ struck: true }))).toBe("Doanh nghiệp nhà nước");
    expect(seenText(label({ fonts: ["Wingdings"] }))).toBe("Doanh nghiệp nhà nước");
    expect(seenText(label({ fonts: ["Arial"] }))).toBeUndefined();
    expect(seenText(label({ letterSpacing: -10 }))).toBe("Doanh nghiệp nhà nước");
    expect(seenText(label({ letterSpacing: -1 }))).toBeUndefined();
  });

  it("judges a run a file defines twice at the size that hides it", () => {
    expect(seenText(label({ fontSizes: [11, 1] }))).toBe("Doanh nghiệp nhà nước");
    expect(seenText(label({ fontSizes: [11, 9] }))).toBeUndefined();
  });

  it("reads spaces as spaces in any ink", () => {
    expect(seenText({ runs: [run("12"), run("  ", { inks: [WHITE] }), run("34")] })).toBeUndefined();
  });
});

describe("mayShowOf", () => {
  const value = { type: "string", value: "Doanh nghiệp ngoài nhà nước" } as const;

  it("adds what a person reads of a cell's runs, in each way they are drawn, to its reader's texts", () => {
    const cell: GridCell = {
      value,
      mayShow: ["Đạt"],
      drawnRuns: [label({ inks: [GREY] }), label({ inks: [WHITE] })],
    };
    expect(mayShowOf(cell)).toEqual(["Đạt", "Doanh nghiệp nhà nước"]);
    expect(mayShowOf({ value, drawnRuns: [label({ inks: [GREY] })] })).toBeUndefined();
  });

  it("answers a cell in no runs with its reader's texts as they are", () => {
    const mayShow = ["Đạt"];
    expect(mayShowOf({ value, mayShow })).toBe(mayShow);
    expect(mayShowOf({ value })).toBeUndefined();
  });
});
