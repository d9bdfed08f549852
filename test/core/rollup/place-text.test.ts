import { cellPlace, filePlace, findingPlace } from "../../../src/core";

describe("a place named in a message's prose", () => {
  it("says the cell, then its sheet, in each language", () => {
    expect(cellPlace("Biểu 01", "C9")).toEqual({
      vi: 'ô C9 của trang tính "Biểu 01"',
      en: 'cell C9 of sheet "Biểu 01"',
    });
    expect(cellPlace("Chỉ tiêu giao", "A3:F20")).toEqual({
      vi: 'vùng A3:F20 của trang tính "Chỉ tiêu giao"',
      en: 'range A3:F20 of sheet "Chỉ tiêu giao"',
    });
  });

  it("names the file first, and its cell where one is known", () => {
    expect(filePlace("U01.xlsx", { sheet: "Biểu 02", address: "D9" })).toEqual({
      vi: 'tệp U01.xlsx, ô D9 của trang tính "Biểu 02"',
      en: 'file U01.xlsx, cell D9 of sheet "Biểu 02"',
    });
    expect(filePlace("U01.xlsx")).toEqual({ vi: "tệp U01.xlsx", en: "file U01.xlsx" });
  });

  it("says where a finding is after the words about it, its sheet alone where it has no cell", () => {
    expect(findingPlace({ sheet: "Biểu 01", cell: "C9" })).toEqual({
      vi: ', ở ô C9 của trang tính "Biểu 01"',
      en: ', in cell C9 of sheet "Biểu 01"',
    });
    expect(findingPlace({ sheet: "Biểu 01" })).toEqual({
      vi: ', ở trang tính "Biểu 01"',
      en: ', in sheet "Biểu 01"',
    });
    expect(findingPlace({})).toBe("");
  });
});
