import { misfitUnit } from "../../../src/core/report/shown-unit";

// Red team, round 5: a figure shown with a unit that is not the one the roll-up counts it in.

describe("the unit a cell shows beside its figure", () => {
  it.each([
    ["100,000,000 USD", "money", "USD"],
    ["$1,500", "money", "$"],
    ["1.500 €", "money", "€"],
    ["£1,500", "money", "£"],
    ["1,500 CCC", "money", "CCC"],
    ["1,500 ¤", "money", "¤"],
    ["4800%", "count", "%"],
    ["1.500 ₫", "count", "₫"],
    ["1,500 VND", "count", "VND"],
    ["50 %", "money", "%"],
    ["0.5 đồng", "ratio", "đồng"],
    ["12 người", "money", "người"],
    ["12 DN", "money", "DN"],
    ["0.5 hội viên", "ratio", "hội viên"],
  ] as const)("names %p on %s: %p", (shown, kind, unit) => {
    expect(misfitUnit(shown, kind)).toBe(unit);
  });

  // Red team, round 7: a foreign currency written in lower case or by its name, and a unit written in
  // another case, another form of its letters or with more blanks, passed as no unit.
  it.each([
    ["1,500 usd", "money", "usd"],
    ["1,500 Eur", "money", "Eur"],
    ["1,500 đô la", "money", "đô la"],
    ["1,500 Đô La", "count", "Đô La"],
    ["1,500 đô", "money", "đô"],
    ["1,500 euro", "money", "euro"],
    ["1,500 yên", "money", "yên"],
    ["1,500 nhân dân tệ", "money", "nhân dân tệ"],
    ["1,500 bảng", "money", "bảng"],
    ["US$1,500", "money", "$"],
    ["1,500 \u0111o\u0302\u0300ng", "count", "đồng"],
    ["12 Người", "money", "Người"],
    ["12 HỘI  VIÊN", "money", "HỘI  VIÊN"],
  ] as const)("names %p on %s: %p, whatever its case or form", (shown, kind, unit) => {
    expect(misfitUnit(shown, kind)).toBe(unit);
  });

  // Red team, round 31: codes written together, "CCC" after LibreOffice's own, or one twice.
  it.each([
    ["USDCCC1254", "count", "USDCCC"],
    ["1,254 USDUSD", "money", "USDUSD"],
    ["VNDCCC1.254", "money", "VNDCCC"],
  ] as const)("names %p on %s: %p, codes written together", (shown, kind, unit) => {
    expect(misfitUnit(shown, kind)).toBe(unit);
  });

  it("reads capitals that hold no currency's code as no unit", () => {
    expect(misfitUnit("1,254 DNNN", "count")).toBeUndefined();
  });

  it.each([
    ["1.500 ₫", "money"],
    ["1,500 VND", "money"],
    ["1.500 VNĐ", "money"],
    ["1.500 đ", "money"],
    ["1.500 đ.", "money"],
    ["1.500 vnđ", "money"],
    ["1.500 Đồng", "money"],
    ["100.000.000 đồng", "money"],
    [" -   ₫ ", "money"],
    ["50.0%", "ratio"],
    ["1,500 người", "count"],
    ["1,500 DN", "count"],
    ["12 hội viên", "count"],
    ["3 đơn vị", "count"],
    ["3 mô hình", "count"],
    ["1,500", "count"],
    ["1.5E+3", "count"],
    ["1.500 ĐỒNG", "money"],
    ["12 Người", "count"],
    ["12 đoàn  viên", "count"],
  ] as const)("reads %p on %s as its own unit", (shown, kind) => {
    expect(misfitUnit(shown, kind)).toBeUndefined();
  });

  it("names only a foreign currency where the figure's kind is not known", () => {
    expect(misfitUnit("1,500 USD")).toBe("USD");
    expect(misfitUnit("4800%")).toBeUndefined();
    expect(misfitUnit("1.500 ₫")).toBeUndefined();
  });
});
