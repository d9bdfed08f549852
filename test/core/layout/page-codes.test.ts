import { pageTextSections } from "../../../src/core/layout/page-codes";

describe("a header or footer in Excel's codes, as a person reads it printed", () => {
  it("takes the text between codes whole, section by section", () => {
    expect(pageTextSections("&LĐơn vị: Công đoàn xã 1&CTrang &P / &N&RBiểu 01", "Biểu 01")).toEqual({
      left: "Đơn vị: Công đoàn xã 1",
      center: "Trang {page} / {pages}",
      right: "Biểu 01",
    });
  });

  it("prints && as &, the sheet's name for &A, nothing for fonts, sizes and looks, and keeps an unknown code", () => {
    expect(pageTextSections('&"Times New Roman,Bold"&14&BA && B&B &A&Q', "Kiểm tra")).toEqual({
      center: "A & B Kiểm tra&Q",
    });
    expect(pageTextSections("&KFF0000đỏ&C", "S")).toEqual({ center: "đỏ" });
  });

  it("leaves out sections of blanks, and a text ending in a lone & as it is", () => {
    expect(pageTextSections("&L   &Rcuối&", "S")).toEqual({ right: "cuối&" });
  });
});
