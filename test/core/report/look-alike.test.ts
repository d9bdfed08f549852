import { extract, validate, type WorkbookGrid } from "../../../src/core";
import { lookAlikeKeys } from "../../../src/core";
import { reportGrid, unit } from "../../support/reports";

const clean = reportGrid({ unit: unit("P01") });
const FORM = "Biểu 01";

/** The report with a visible sheet named `name` put in front of the others, holding nothing. */
const withSheet = (name: string, visibility: "visible" | "hidden" = "visible"): WorkbookGrid => ({
  ...clean,
  sheets: [{ name, visibility, cells: new Map() }, ...clean.sheets],
});

const lookAlikes = (grid: WorkbookGrid) =>
  validate(extract(grid)).filter((f) => f.rule === "sheet.look_alike");

describe("a sheet whose name can be taken for a form's sheet", () => {
  it("finds none in a report as generated", () => {
    expect(clean.sheets.map((s) => s.name)).toContain(FORM);
    expect(lookAlikes(clean)).toEqual([]);
  });

  it.each([
    ["decomposed accents (NFD)", FORM.normalize("NFD")],
    ["a no-break space", "Biểu\u00a001"],
    ["the letter O for the digit 0", "Biểu O1"],
    ["another case and spacing", " BIỂU  01 "],
    ["a zero-width space", "Biểu 0\u200b1"],
    ["a Cyrillic capital Ve for B", "\u0412iểu 01"],
    ["a Greek capital Beta for B", "\u0392iểu 01"],
    ["a Cyrillic i", "B\u0456ểu 01"],
    ["a Cyrillic e under the Vietnamese marks", "Bi\u0435\u0302\u0309u 01"],
    ["an Armenian se for u", "Biể\u057d 01"],
    ["an Armenian oh for 0", "Biểu \u05851"],
    ["a Cyrillic Ve in a name in capitals", "\u0412IỂU 01"],
    ["a small L for the digit 1", "Biểu 0l"],
    ["full-width digits", "Biểu \uff10\uff11"],
    ["a word joiner", "Bi\u2060ểu 01"],
    ["its two marks in the other order (hook, then circumflex)", "Bie\u0309\u0302u 01"],
    // Red team, round 61: marks Unicode's data leaves apart from the hook above, drawn as it on a tab.
    ["a comma above for the hook above", "Bie\u0302\u0313u 01"],
    ["a reversed comma above for the hook above", "Bie\u0302\u0314u 01"],
    ["a turned comma above for the hook above", "Bie\u0302\u0312u 01"],
  ])("refuses one written with %s, naming both sheets", (_, name) => {
    expect(name).not.toBe(FORM);
    const [found, ...more] = lookAlikes(withSheet(name));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: "error", template: "B01", sheet: name });
    expect(found!.message_en).toContain(`"${FORM}"`);
    expect(found!.message_vi).toContain(`"${FORM}"`);
  });

  it("leaves a hidden one, and sheets of other names, alone", () => {
    expect(lookAlikes(withSheet("\u0412iểu 01", "hidden"))).toEqual([]);
    for (const name of ["Biểu 01 (2)", "Biểu 11", "Ghi chú", "Biểu 010", "Bảng 01", "\u0412iểu 010"])
      expect(lookAlikes(withSheet(name))).toEqual([]);
  });

  // Tone and vowel marks make another word in Vietnamese, so a name differing in them is told apart.
  it.each(["Bieu 01", "Biêu 01", "Biễu 01", "Biếu 01", "Biệu 01", "Bịểu 01", "Blểu 01"])(
    "tells %s apart from the form's sheet, as a Vietnamese reader does",
    (name) => expect(lookAlikes(withSheet(name))).toEqual([]),
  );
});

describe("the keys a name looks like", () => {
  const alike = (a: string, b: string) => lookAlikeKeys(a).some((key) => lookAlikeKeys(b).includes(key));

  it("reads digits as Unicode's confusable data does: 0 as O, 1 and I as l", () => {
    expect(lookAlikeKeys("0")).toContain("O");
    expect(alike("1", "I")).toBe(true);
    expect(alike("1", "l")).toBe(true);
    expect(alike("Biểu 02", FORM)).toBe(false);
  });

  it("compares a name as written, where lower or upper case alone would lose a look-alike", () => {
    // Cyrillic "В" is like B while its small "в" is unlike b; Greek "ν" is like v while its capital "Ν"
    // is like N, not V: only the name as written looks like "Biểu v".
    expect(alike("\u0412", "b")).toBe(true);
    expect(alike("\u0412iểu \u03bd", "Biểu v")).toBe(true);
  });
});
