import { mayNameUnitOrPeriod } from "../../../src/core/report/unit-or-period-words";

describe("mayNameUnitOrPeriod", () => {
  it.each([
    "Công đoàn phường Bến Nghé",
    "CÔNG ĐOÀN XÃ TÂN HIỆP",
    "LĐLĐ tỉnh Đồng Nai",
    "Báo cáo Đợt 2",
    "Quý I",
    "6 tháng đầu năm",
    "Báo cáo cả năm",
    "Year 2025",
    "Báo cáo 2024",
    "01/7/2025",
    "Ngày 15/12/2024",
    // Written decomposed, as some programs save it.
    "Co\u0302ng đoa\u0300n Bến Nghé",
  ])("%p may", (text) => {
    expect(mayNameUnitOrPeriod(text)).toBe(true);
  });

  it.each([
    "Người lập: Nguyễn Thị Lan – ĐT 0912 345 678",
    "Kế toán: Trần Văn Quý",
    "Thủ quỹ: Lê Nam",
    "Người duyệt: Phạm Kỳ Anh",
    "Bản nháp",
    "Báo cáo nhanh",
    "Mật",
  ])("%p names none", (text) => {
    expect(mayNameUnitOrPeriod(text)).toBe(false);
  });
});
