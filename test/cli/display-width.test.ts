import fc from "fast-check";
import { cutTo, displayWidth, padTo, wrapTo } from "../../src/cli/display-width";
import { terminalWidth } from "../../src/cli/terminal-width";

const DECOMPOSED = "Công đoàn phường Biên Hòa".normalize("NFD");

describe("the width text takes in a terminal", () => {
  it("counts a combining mark as nothing and a wide character as two", () => {
    expect(DECOMPOSED.length).toBeGreaterThan(25);
    expect(displayWidth(DECOMPOSED)).toBe(25);
    expect(displayWidth("Công đoàn phường Biên Hòa")).toBe(25);
    expect(displayWidth("工会 A")).toBe(6);
    expect(padTo(DECOMPOSED, 27)).toHaveLength(DECOMPOSED.length + 2);
  });

  it("cuts a name to a width with …, keeping each letter's marks and never half a wide character", () => {
    const cut = cutTo(DECOMPOSED, 12);
    expect(displayWidth(cut)).toBe(12);
    expect(cut.normalize("NFC")).toBe("Công đoàn p…");
    expect(cutTo("Hòa".normalize("NFD"), 2).normalize("NFC")).toBe("H…");
    expect(cutTo("ab工会", 4)).toBe("ab…");
    expect(cutTo("Biên Hòa", 8)).toBe("Biên Hòa");
  });

  it("wraps at spaces under a hanging indent, no line wider than asked, no word lost", () => {
    const letters = ["a", "b", "đ", "ò", "ạ", "\u0300", "\u0301", "工"];
    const words = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 15 })
      .map((l) => l.join(""));
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 8, max: 90 }),
        (ws, width) => {
          const lines = wrapTo(ws.join(" "), width, "  ⚠ ");
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
          expect(lines[0]!.startsWith("  ⚠ ")).toBe(true);
          for (const line of lines.slice(1)) expect(line.startsWith("    ")).toBe(true);
          // Nothing is lost, and a word is broken only when it is wider than a line.
          const tokens = lines.flatMap((l) => l.slice(4).split(" "));
          expect(tokens.join("")).toBe(ws.join(""));
          for (const w of ws) if (displayWidth(w) <= width - 4) expect(tokens).toContain(w);
        },
      ),
    );
    expect(wrapTo("một hai ba bốn năm", 10, "", "  ")).toEqual(["một hai ba", "  bốn năm"]);
  });
});

describe("the terminal's width", () => {
  it("is COLUMNS when set, else the terminal's, else 80, and never below 40", () => {
    expect(terminalWidth({ COLUMNS: "120" }, { isTTY: true, columns: 200 })).toBe(120);
    expect(terminalWidth({}, { isTTY: true, columns: 200 })).toBe(200);
    expect(terminalWidth({}, { isTTY: false, columns: 200 })).toBe(80);
    expect(terminalWidth({ COLUMNS: "wide" }, {})).toBe(80);
    expect(terminalWidth({ COLUMNS: "20" }, {})).toBe(40);
  });
});
