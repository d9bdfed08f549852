import {
  displayed,
  displayedLines,
  fileNameCell,
  fill,
  hasUnshowable,
  shown,
  startsLikeFormula,
} from "../../../src/core";
import { sameLooking } from "../../../src/core";
import { identityProblem } from "../../../src/core/report/identity-text";
import { characterCount } from "../../../src/core/text/text";

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

  it("shows a value's control, bidi, zero-width and line-break characters as ?, never the message's own", () => {
    const filled = fill(
      { vi: "Tệp {file}\ntrang {sheet}", en: "File {file}\nsheet {sheet}" },
      { file: "U0034\u202excod.xlsx", sheet: { vi: "Đoàn\u200b\nviên", en: "\u001b]0;PWNED\u0007" } },
    );
    expect(filled).toEqual({
      vi: "Tệp U0034?xcod.xlsx\ntrang Đoàn??viên",
      en: "File U0034?xcod.xlsx\nsheet ?]0;PWNED?",
    });
  });
});

describe("the display rule for text from files", () => {
  it("replaces every control, bidi, zero-width, soft-hyphen and line-separating character, and nothing else", () => {
    expect(displayed("a\u0000\u001b\u0085\u00ad\u061c\u200b\u200d\u202e\u2066\u2028\ufeff\ue000b")).toBe(
      "a????????????b",
    );
    expect(displayed("Công đoàn xã 93 — Đợt 1 (01/01/2025 – 30/06/2025) ✓")).toBe(
      "Công đoàn xã 93 — Đợt 1 (01/01/2025 – 30/06/2025) ✓",
    );
  });

  it("writes a file name that starts like a formula behind an apostrophe, displayed", () => {
    expect(fileNameCell('=HYPERLINK("http://x","y").xlsx')).toBe(`'=HYPERLINK("http://x","y").xlsx`);
    for (const name of ["+U0039 @x.xlsx", "-U0038.xlsx", "@SUM(1).xlsx", " =1+2.xlsx"])
      expect(fileNameCell(name)).toBe(`'${name}`);
    expect(fileNameCell("\t=1.xlsx")).toBe("?=1.xlsx");
    expect(fileNameCell("U0034\u202excod.xlsx")).toBe("U0034?xcod.xlsx");
    expect(fileNameCell("U0001 - Đợt 1.xlsx")).toBe("U0001 - Đợt 1.xlsx");
    expect(startsLikeFormula("  @Khá")).toBe(true);
    expect(startsLikeFormula("Khá")).toBe(false);
  });
});

describe("identity text", () => {
  it("refuses unshowable characters, a formula start, a status mark and an over-long text, with a reason", () => {
    expect(identityProblem("Công đoàn\u200b")?.vi).toContain("ký tự vô hình");
    for (const text of [
      '=HYPERLINK("http://evil.example","x")',
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1+1)",
      " =1",
    ])
      expect(identityProblem(text)?.en).toBe(
        "starts with =, +, - or @ (a spreadsheet would read it as a formula)",
      );
    for (const text of ["✓ Sẵn sàng gửi", "✗ Lỗi", "✔ ok"])
      expect(identityProblem(text)?.en).toBe("starts with ✓ or ✗ (it would read like a status)");
    expect(identityProblem("x".repeat(201), 200)?.vi).toBe("dài quá 200 ký tự");
    expect(identityProblem("x".repeat(200), 200)).toBeNull();
    expect(identityProblem("Công đoàn phường Bến Nghé — cụm 2 ✓")).toBeNull();
  });

  it("tells names apart as a reader does: case, Unicode form and spacing fold", () => {
    expect(sameLooking("Xuất sắc", "xuất  SẮC")).toBe(true);
    expect(sameLooking("Xuất sắc", "Xua\u0302\u0301t sa\u0306\u0301c")).toBe(true);
    expect(sameLooking("Xuất sắc", "Xuất sắc\u200b")).toBe(true);
    expect(sameLooking("Tốt", "Khá")).toBe(false);
  });
});

describe("shown", () => {
  it("shows control, bidirectional and line-separating characters as ? and cuts long text with …", () => {
    expect(shown("A\n✓ X\u202E\u2028\u200f\u0007 Ổn")).toBe("A?✓ X???? Ổn");
    expect(shown("x".repeat(150), 10)).toBe(`${"x".repeat(9)}…`);
    expect(shown("Công đoàn Phường 1")).toBe("Công đoàn Phường 1");
  });
});

describe("the display rule's fast scan", () => {
  // The rule as Unicode's properties state it, which the scan must agree with on every character.
  const byProperties = (text: string) => text.replace(/[\p{C}\p{Zl}\p{Zp}]/gu, "?");
  const byPropertiesButLineBreaks = (text: string) => text.replace(/(?!\n)[\p{C}\p{Zl}\p{Zp}]/gu, "?");

  it("agrees with Unicode's properties on every code unit, alone and between letters", () => {
    const disagreeing: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = `a${String.fromCharCode(unit)}b`;
      if (
        displayed(text) !== byProperties(text) ||
        displayedLines(text) !== byPropertiesButLineBreaks(text) ||
        hasUnshowable(text) !== (byProperties(text) !== text)
      )
        disagreeing.push(unit);
    }
    expect(disagreeing).toEqual([]);
  });

  it("judges a surrogate pair as the character it makes, and a lone surrogate as unshowable", () => {
    const texts = [
      "😀 ổn", // emoji: shown
      "\u{F0000} riêng", // private use, plane 15
      "\u{E0001}tag", // a tag character (format)
      "\u{10FFFF}", // a noncharacter
      "\u{30000}", // a CJK ideograph of plane 3
      "lẻ \uD800 cao",
      "lẻ \uDC00 thấp",
      "ngược \uDC00\uD800",
      "cuối \uD83D",
    ];
    for (const text of texts) {
      expect(displayed(text)).toBe(byProperties(text));
      expect(hasUnshowable(text)).toBe(byProperties(text) !== text);
    }
  });

  it("keeps the text itself when there is nothing to replace, and only line breaks where lines are kept", () => {
    const text = "Công đoàn xã 1\nU0001.xlsx";
    expect(displayedLines(text)).toBe(text);
    expect(displayed(text)).toBe("Công đoàn xã 1?U0001.xlsx");
    expect(displayedLines("a\u202Eb\nc\u0085")).toBe("a?b\nc?");
  });
});

describe("characterCount", () => {
  it("counts a text's characters as a person's letters, a surrogate pair one and a lone surrogate one", () => {
    for (const text of ["", "Chưa đạt", "Biểu 01", "😀 ok", "\ud83d", "a\ude00b", "\ud83d\ud83d\ude00"])
      expect(characterCount(text)).toBe([...text].length);
    expect(characterCount("😀😀")).toBe(2);
  });
});
