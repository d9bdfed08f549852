import { A4, lengthPoints, paperOfCode, turned } from "../../../src/core/grid/paper";
import { printedScale } from "../../../src/core/report/print-scale";

const LANDSCAPE = turned(A4, true);
/** Biểu 01 of the template at full scale, in Calibri's widths: 1,139 × 480 pt. */
const FORM = { width: 1139, height: 480 };

describe("the scale LibreOffice prints a sheet at", () => {
  it("is the sheet's own scale, raised to 10 % and capped at 400 %, where it is not fitted", () => {
    expect(printedScale({}, FORM)).toBe(100);
    expect(printedScale({ scale: 25 }, FORM)).toBe(25);
    expect(printedScale({ scale: 1 }, FORM)).toBe(10);
    expect(printedScale({ scale: 0 }, FORM)).toBe(10);
    expect(printedScale({ scale: 1000 }, FORM)).toBe(400);
  });

  it("is LibreOffice's search where it is fitted: the template's forms, one page wide", () => {
    const fit = { wide: 1, tall: 0 };
    expect(printedScale({ scale: 10, fit, paper: LANDSCAPE }, FORM)).toBe(65);
    expect(printedScale({ fit, paper: LANDSCAPE }, { width: 1676, height: 500 })).toBe(44);
    expect(printedScale({ fit, paper: A4 }, { width: 400, height: 5000 })).toBe(100);
    // An .ods's fit to so many pages in all.
    expect(printedScale({ fit: { wide: 0, tall: 0, pages: 1 }, paper: LANDSCAPE }, FORM)).toBe(65);
    expect(printedScale({ fit: { wide: 0, tall: 0, pages: 2 }, paper: LANDSCAPE }, FORM)).toBe(100);
    expect(printedScale({ fit: { wide: 0, tall: 0, pages: 0 }, paper: LANDSCAPE }, FORM)).toBe(100);
    // Fitted to no count of pages either way: full scale (red team, round 13: p04).
    expect(printedScale({ scale: 10, fit: { wide: 0, tall: 0 } }, FORM)).toBe(100);
  });

  it("stops at the first scale of 10 % or less its halving comes to: 6 % for what fits at no scale of 12 %", () => {
    const fit = { wide: 1, tall: 0 };
    expect(printedScale({ fit, paper: LANDSCAPE }, { width: 13_000, height: 480 })).toBe(6);
    expect(printedScale({ fit, paper: LANDSCAPE }, { width: 741 / 0.11, height: 480 })).toBe(6);
    expect(printedScale({ fit, paper: LANDSCAPE }, { width: 741 / 0.13, height: 480 })).toBe(13);
    expect(
      printedScale({ fit: { wide: 1, tall: 1 }, paper: LANDSCAPE }, { width: 1139, height: 75_000 }),
    ).toBe(6);
    // Margins wider than the paper leave no room: nothing fits.
    const margins = { left: 403, right: 403, top: 54, bottom: 54 };
    expect(printedScale({ fit, paper: LANDSCAPE, margins }, FORM)).toBe(6);
    expect(printedScale({ fit, paper: { width: 85, height: 57 } }, FORM)).toBe(6);
  });
});

describe("a paper", () => {
  it("by its code or its written size, turned as it prints", () => {
    expect(paperOfCode(9)).toEqual(A4);
    expect(paperOfCode(1)).toEqual({ width: 612, height: 792 });
    expect(paperOfCode(999)).toBeUndefined();
    expect(paperOfCode(NaN)).toBeUndefined();
    expect(turned(A4, true).width).toBeCloseTo(841.89, 1);
    expect(turned({ width: 85, height: 57 }, false)).toEqual({ width: 57, height: 85 });
    expect(lengthPoints("30mm")).toBeCloseTo(85.04, 1);
    expect(lengthPoints("8.2681in")).toBeCloseTo(595.3, 1);
    expect(lengthPoints("2.5cm")).toBeCloseTo(70.87, 1);
    expect(lengthPoints("12pt")).toBe(12);
    expect(lengthPoints("30")).toBeUndefined();
    expect(lengthPoints(undefined)).toBeUndefined();
  });
});
