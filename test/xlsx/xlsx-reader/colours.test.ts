import {
  DEFAULT_PALETTE,
  formatColours,
  paletteWith,
  resolveColour,
  XLS_NUMBERED,
  XLSX_NUMBERED,
} from "../../../src/xlsx/colours/colours";
import { contrastOf, isLegible } from "../../../src/core/report/legible";
import { dxfBackgrounds, fillBackgrounds, type Fill } from "../../../src/xlsx/xlsx-reader/fills";
import { readThemeColours } from "../../../src/xlsx/xlsx-reader/theme-colours";

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

  it.each([
    // Past the palette, the system colours LibreOffice draws (red team, round 13).
    [78, "FFFFFF"],
    [67, "ECE9D8"],
    [77, "000000"],
    [80, "FFFFE1"],
    [81, "000000"],
    // An index that names no system colour: automatic (here 123456).
    [70, "123456"],
  ])("resolves indexed %d as LibreOffice draws it", (indexed, rgb) => {
    expect(resolveColour({ indexed }, DEFAULT_PALETTE, "123456")).toBe(rgb);
  });

  it("reads a theme colour before an RGB beside it, as Excel and LibreOffice do", () => {
    expect(resolveColour({ rgb: "FF000000", theme: 0 }, DEFAULT_PALETTE, "000000")).toBe("FFFFFF");
  });

  it("keeps the default palette's colours past a workbook's short list", () => {
    const palette = { ...DEFAULT_PALETTE, indexed: paletteWith(["000000", "111111", "222222"]) };
    expect([1, 9].map((indexed) => resolveColour({ indexed }, palette, "000000"))).toEqual([
      "111111",
      "FFFFFF",
    ]);
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

/** A theme part whose dark colour 1 (Excel's theme 1) is `dk1`, a DrawingML colour element. */
const themeWithDk1 = (dk1: string) =>
  `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="t"><a:dk1>${dk1}</a:dk1><a:lt1><a:sysClr val="window" lastClr="000000"/></a:lt1></a:clrScheme></a:themeElements></a:theme>`;

describe("a theme's colours as LibreOffice draws them", () => {
  it.each([
    [
      "a system colour by its name, not its last colour",
      '<a:sysClr val="window" lastClr="000000"/>',
      "FFFFFF",
    ],
    [
      "a system colour it does not know by its last colour",
      '<a:sysClr val="nothing" lastClr="123456"/>',
      "123456",
    ],
    [
      "black lightened wholly (lumOff)",
      '<a:srgbClr val="000000"><a:lumMod val="0"/><a:lumOff val="100000"/></a:srgbClr>',
      "FFFFFF",
    ],
    // Office's "Blue, Accent 1, Lighter 40%", which Excel shows as 8FAADC.
    [
      "an accent lightened 40 %",
      '<a:srgbClr val="4472C4"><a:lumMod val="60000"/><a:lumOff val="40000"/></a:srgbClr>',
      "8FAADC",
    ],
    ["a preset colour", '<a:prstClr val="white"/>', "FFFFFF"],
    ["a preset colour's short name", '<a:prstClr val="dkBlue"/>', "00008B"],
    ["a linear scRGB", '<a:scrgbClr r="100000" g="100000" b="100000"/>', "FFFFFF"],
    ["an HSL", '<a:hslClr hue="0" sat="0" lum="100000"/>', "FFFFFF"],
    ["a tint of 0 %: white", '<a:srgbClr val="000000"><a:tint val="0"/></a:srgbClr>', "FFFFFF"],
    ["a shade of 0 %: black", '<a:srgbClr val="FFFFFF"><a:shade val="0"/></a:srgbClr>', "000000"],
    ["an inverse", '<a:srgbClr val="000000"><a:inv/></a:srgbClr>', "FFFFFF"],
    ["a gamma, taken as no change", '<a:srgbClr val="FFFFFF"><a:gamma/></a:srgbClr>', "FFFFFF"],
    [
      "an alpha, which changes nothing drawn",
      '<a:srgbClr val="FFFFFF"><a:alpha val="0"/></a:srgbClr>',
      "FFFFFF",
    ],
  ])("reads %s", (_, dk1, rgb) => {
    expect(readThemeColours(themeWithDk1(dk1))[1]).toBe(rgb);
  });

  it("reads a window's colour as white whatever its last colour", () => {
    expect(readThemeColours(themeWithDk1('<a:srgbClr val="000000"/>'))[0]).toBe("FFFFFF");
  });
});

describe("a fill as LibreOffice draws it", () => {
  const rgb = (hex: string) => ({ rgb: `FF${hex}` });
  it.each<[string, Fill, string[]]>([
    ["a solid fill of no foreground: black", { pattern: "solid", bg: rgb("FF0000") }, ["000000"]],
    [
      "a solid fill of an index naming no colour: none",
      { pattern: "solid", fg: { indexed: 70 } },
      ["FFFFFF"],
    ],
    [
      "darkGray, 3/4 of its foreground",
      { pattern: "darkGray", fg: rgb("000000"), bg: rgb("202020") },
      ["080808"],
    ],
    ["lightGray, 1/4", { pattern: "lightGray", fg: rgb("F8F8F8"), bg: rgb("FFFFFF") }, ["FEFEFE"]],
    ["a pattern of automatic colours", { pattern: "lightGrid" }, ["909090"]],
    [
      "a gradient of two blacks",
      { pattern: "gradient", stops: [0, 1].map((position) => ({ position, colour: rgb("000000") })) },
      ["000000"],
    ],
    [
      "a gradient of three colours: its first two mixed, and its middle",
      {
        pattern: "gradient",
        stops: [
          { position: 1, colour: rgb("0000FF") },
          { position: 0, colour: rgb("FF0000") },
          { position: 0.5, colour: rgb("00FF00") },
        ],
      },
      ["7F8000", "00FF00"],
    ],
  ])("draws %s", (_, fill, backgrounds) => {
    expect(fillBackgrounds(fill, DEFAULT_PALETTE)).toEqual(backgrounds);
  });

  it("draws a conditional format's gradient as a cell's", () => {
    const stops = [0, 1].map((position) => ({ position, colour: rgb("000000") }));
    expect(dxfBackgrounds({ pattern: "gradient", stops }, DEFAULT_PALETTE)).toEqual(["000000"]);
  });
});
