import { writeFileSync } from "node:fs";
import path from "node:path";
import { jsonText, processIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { reportBytes } from "../support/report-file";
import { PARENT, tempDir } from "./run-cli";

/** What the process wrote to its standard error while `work` ran, with stderr taken for a terminal. */
async function stderrOf(work: () => Promise<unknown>): Promise<string> {
  const written: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  const wasTty = process.stderr.isTTY;
  process.stderr.isTTY = true;
  try {
    await work();
  } finally {
    process.stderr.isTTY = wasTty;
    spy.mockRestore();
  }
  return written.join("");
}

const OSC_TITLE = "\u001b]0;PWNED\u0007U0036.xlsx";
const OSC_LINK = "\u001b]8;;http:∕∕evil.example\u0007click\u001b]8;;\u0007.xlsx";

describe("text from files on the terminal", () => {
  it("the progress bar shows received file names by the display rule: no OSC title or link runs", async () => {
    const dir = tempDir("osc");
    const names = [OSC_TITLE, OSC_LINK, "U0034\u202excod.xlsx"];
    // Frames are throttled: every file's name is hostile, so whichever is drawn tells.
    for (let i = 0; i < 12; i++)
      writeFileSync(path.join(dir, `${i}${names[i % 3]!}`), await reportBytes(`P${10 + i}`, 1));
    const out: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: () => undefined, errIsTerminal: true, width: 80 };
    const written = await stderrOf(() =>
      main(["rollup", dir, "-o", path.join(tempDir("osc-out"), "s.xlsx"), ...PARENT], io),
    );
    expect(written).toContain("Đang đọc");
    for (const raw of ["\u001b]", "\u0007", "\u202e"]) expect(written).not.toContain(raw);
  });

  it("every line a command prints is displayed: bidi, zero-width, C0/C1 become ?, its own line breaks stay", async () => {
    const written = await stderrOf(async () =>
      processIo.err("Đã tạo cho Đợt 1\nĐã duyệt ✓\u202eabc\u200b \u001b[2J\u0085 x"),
    );
    expect(written).toBe("Đã tạo cho Đợt 1\nĐã duyệt ✓?abc? ?[2J? x\n");
  });

  it("--json escapes what JSON.stringify leaves raw, so a file's real name is kept and drawn as it is", () => {
    const text = jsonText({ file: "U0034\u202excod.xlsx", zw: "U0037\u200b.xlsx", ls: "a\u2028b\u0085" });
    expect(text).not.toMatch(/[\u202e\u200b\u2028\u0085]/);
    expect(JSON.parse(text)).toEqual({
      file: "U0034\u202excod.xlsx",
      zw: "U0037\u200b.xlsx",
      ls: "a\u2028b\u0085",
    });
    expect(text).toContain("U0034\\u202excod.xlsx");
  });
});
