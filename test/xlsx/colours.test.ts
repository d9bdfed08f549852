import {
  DEFAULT_PALETTE,
  formatColours,
  resolveColour,
  XLS_NUMBERED,
  XLSX_NUMBERED,
} from "../../src/xlsx/xlsx-reader/colours";
import { contrastOf, isLegible } from "../../src/core/report/legible";

describe("colours as Excel shows them", () => {
  it.each([
    // The shades Excel's colour picker offers, with the RGB Excel reports for each.
    ["White, Background 1, Darker 5%", { theme: 0, tint: -0.0499893185216834 }, "F2F2F2"],
    ["Black, Text 1, Lighter 50%", { theme: 1, tint: 0.499984740745262 }, "7F7F7F"],
    ["indexed 64, the system's text colour", { indexed: 64 }, "000000"],
    ["an ARGB whose alpha Excel ignores", { rgb: "00FFFFFF" }, "FFFFFF"],
  ])("resolves %s", (_, colour, rgb) => {
    expect(resolveColour(colour, DEFAULT_PALETTE, "000000")).toBe(rgb);
  });

  it("tells nothing of a colour it cannot resolve", () => {
    expect(resolveColour({ theme: 40 }, DEFAULT_PALETTE, "000000")).toBeUndefined();
    expect(resolveColour({ rgb: "FFGGHHII" }, DEFAULT_PALETTE, "000000")).toBeUndefined();
  });

  it.each([
    ["#,##0", 5, [undefined]],
    ["[White]#,##0", 5, ["FFFFFF"]],
    ["#,##0;[White]-#,##0", 5, [undefined]],
    ["#,##0;[White]-#,##0", -5, ["FFFFFF"]],
    ['"[White]"#,##0', 5, [undefined]],
    ["[Blue][>100]#,##0;[White]#,##0", 500, ["0000FF", "FFFFFF"]],
    // Excel's indexed colour, then LibreOffice's own.
    ["[Color12]#,##0", 5, ["808000", "FFFFFF"]],
    ["[Color1]#,##0", 5, ["000000"]],
    // Past Excel's 56 (and its system colours): LibreOffice's yellow alone.
    ["[Color61]#,##0", 5, ["FFFF38"]],
  ])("finds the colour the format %s writes %d in", (code, value, colours) => {
    expect(formatColours(code, value, DEFAULT_PALETTE, XLSX_NUMBERED)).toEqual(colours);
  });

  it("reads an .xls's [ColorN] as Excel alone does", () => {
    expect(formatColours("[Color12]#,##0", 5, DEFAULT_PALETTE, XLS_NUMBERED)).toEqual(["808000"]);
  });

  it("judges legibility by contrast", () => {
    expect(contrastOf({ text: "000000", background: "FFFFFF" })).toBeCloseTo(21, 5);
    expect(isLegible({ text: "FFFFFF", background: "FFFFFF" })).toBe(false);
    expect(isLegible({ text: "FFFF00", background: "FFFFFF" })).toBe(false);
    expect(isLegible({ text: "A6A6A6", background: "FFFFFF" })).toBe(true);
  });
});
