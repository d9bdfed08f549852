import { blocKey, columnKey, nameKey, sameLooking, searchKey } from "../../../src/core";
import { filterUnits } from "../../../src/taskpane/results/unit-rows";

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

  it("takes letters of other scripts that look alike for the Latin ones, as a reader does (Unicode's skeleton)", () => {
    // Cyrillic с (U+0441), і (U+0456), а (U+0430) and Greek ο (U+03BF).
    expect(sameLooking("Xuất sắc", "Xuất sắ\u0441")).toBe(true);
    expect(columnKey("TD_Units", "Mã đơn v\u0456\u0323")).toBe("code");
    expect(blocKey("Cụm H\u03bf\u0430")).toBe(blocKey("Cụm Hoa"));
    // Case is folded first, as UTS #39 asks of a comparison that ignores it: "VỊ" is "vị", not "vḷ".
    expect(sameLooking("MÃ ĐƠN VỊ", "mã đơn vị")).toBe(true);
    expect(sameLooking("Cụm 1", "Cụm l")).toBe(true);
  });

  it("gives a key that is its own key, 0 and O and o one", () => {
    const names = ["B01_x_10", "Cụm 0", "CỤM O", "Xuất sắ\u0441", "MÃ ĐƠN VỊ", "rn m", "Ｂiểu ０１"];
    for (const name of names) expect(nameKey(nameKey(name))).toBe(nameKey(name));
    expect(nameKey("Cụm 0")).toBe(nameKey("cụm o"));
  });

  it("keeps Vietnamese letters apart from the Latin letters they are built on", () => {
    expect(sameLooking("Tư", "Tu")).toBe(false);
    expect(sameLooking("Đông", "Dong")).toBe(false);
    expect(sameLooking("đơn", "đon")).toBe(false);
    expect(sameLooking("Cấp", "Cập")).toBe(false);
  });

  it("keeps accents: they make another word", () => {
    expect(sameLooking("Tốt", "Tột")).toBe(false);
    expect(nameKey("Biểu 01")).not.toBe(nameKey("Bieu 01"));
  });
});

describe("the fold's lower case", () => {
  it("folds every character as Vietnamese's own lower case does, which the fold no longer asks for by name", () => {
    // Vietnamese has no casing of its own (Turkish has: every run differs for "tr"): Unicode's lower case is
    // the "vi" locale's for every code point, beside a capital sigma and a dotted I, whose lower case
    // depends on what is around them.
    const differing: number[] = [];
    // In runs of 1,024 code points, each between a capital sigma and a dotted I: one call per run.
    for (let start = 0; start <= 0x10ffff; start += 1024) {
      let text = "";
      for (let code = start; code < Math.min(start + 1024, 0x110000); code += 1)
        text += `A${String.fromCodePoint(code)}\u03a3 I\u0307\u0130`;
      if (text.toLowerCase() !== text.toLocaleLowerCase("vi")) differing.push(start);
    }
    expect(differing).toEqual([]);
    expect(nameKey("ĐƠN VỊ BÁO CÁO ΣΑΣ")).toBe(nameKey("đơn vị báo cáo σας"));
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
