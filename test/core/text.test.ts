import { fill, shown } from "../../src/core";

describe("fill", () => {
  const text = { vi: "Tệp {file}, kỳ {period}", en: "File {file}, period {period}" };

  it("puts a bilingual parameter in each language and a plain one in both", () => {
    expect(fill(text, { file: "a.xlsx", period: { vi: "Đợt 1", en: "Round 1" } })).toEqual({
      vi: "Tệp a.xlsx, kỳ Đợt 1",
      en: "File a.xlsx, period Round 1",
    });
  });

  it("inserts values as they are: replacement patterns and placeholders inside values stay text", () => {
    expect(fill(text, { file: "$&$`$'.xlsx", period: "{file}" }).vi).toBe("Tệp $&$`$'.xlsx, kỳ {file}");
  });
});

describe("shown", () => {
  it("shows control, bidirectional and line-separating characters as ? and cuts long text with …", () => {
    expect(shown("A\n✓ X\u202E\u2028\u200f\u0007 Ổn")).toBe("A?✓ X???? Ổn");
    expect(shown("x".repeat(150), 10)).toBe(`${"x".repeat(9)}…`);
    expect(shown("Công đoàn Phường 1")).toBe("Công đoàn Phường 1");
  });
});
