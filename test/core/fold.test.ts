import { blocKey, columnKey, nameKey, sameLooking, searchKey } from "../../src/core";
import { filterUnits } from "../../src/taskpane/results/unit-rows";

// One set of invisible characters for every fold: what hides a difference from the sheet-name check
// hides it from a header, a bloc or a grade too.
describe("the fold of names that look the same", () => {
  it.each([
    ["a left-to-right mark", "Mã đơn vị\u200e"],
    ["a right-to-left mark", "Mã\u200f đơn vị"],
    ["a variation selector", "Mã đơn\ufe0f vị"],
    ["a Hangul filler", "Mã\u3164 đơn vị"],
    ["full-width letters", "Ｍã đơn vị"],
    ["a blank braille pattern for a space", "Mã\u2800đơn vị"],
  ])("reads a header written with %s as the column it looks like", (_, header) => {
    expect(columnKey("TD_Units", header)).toBe("code");
  });

  it("takes two grades or blocs for one when only invisible characters or blanks tell them apart", () => {
    expect(sameLooking("Xuất sắc", "Xuất\u2800sắc")).toBe(true);
    expect(sameLooking("Xuất sắc", "Xuất sắc\u2063")).toBe(true);
    expect(blocKey("Cụm 1")).toBe(blocKey("Cụm\u200e 1"));
  });

  it("keeps accents: they make another word", () => {
    expect(sameLooking("Tốt", "Tột")).toBe(false);
    expect(nameKey("Biểu 01")).not.toBe(nameKey("Bieu 01"));
  });
});

describe("the search fold", () => {
  it("ignores accents, đ, case, and blanks of any kind or number", () => {
    expect(searchKey("  Phường  HOÀ\u00a0Đông ")).toBe("phuong hoa dong");
    expect(searchKey("Hòa")).toBe(searchKey("Hoà"));
  });

  it("finds a unit by its name typed with a no-break space or an invisible character", () => {
    const rows = [
      { code: "P01", name: "Phường Hoà Đông", bloc: null, grade: null, standing: "onTime" as const },
    ];
    const found = (text: string) =>
      filterUnits(rows as never, { text, bloc: "", grade: "", standing: "" }).length;
    expect(found("hoa\u00a0dong")).toBe(1);
    expect(found("hoa\u200b dong")).toBe(1);
    expect(found("hoa tay")).toBe(0);
  });
});
