import { writeFileSync } from "node:fs";
import path from "node:path";
import { defaultCampaign, layoutCampaign } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { displayWidth } from "../../src/cli/display-width";
import { reportBytes } from "../support/report-file";
import { runCli, tempDir, UNWRAPPED } from "./run-cli";

/** The output's words, however its lines break. */
const words = (out: string) => out.split(/\s+/).filter(Boolean);

/** A finding's lines: its first, with severity and place, and those under it until the next line of its own. */
function findingAt(lines: string[], start: number): string[] {
  const rest = lines.slice(start + 1);
  const next = rest.findIndex((l) => !/^ {4,}\S/.test(l));
  return [lines[start]!, ...(next < 0 ? rest : rest.slice(0, next))];
}

describe("validate and campaign check in a narrow terminal", () => {
  const dir = tempDir("wrap");
  const report = path.join(dir, "X02-2025-D1.xlsx");
  const campaign = path.join(dir, "ke-hoach.xlsx");

  beforeAll(async () => {
    // What a hurried user does: a count above its whole, a figure typed as text.
    writeFileSync(
      report,
      await reportBytes("X02", 3, {
        TD_B01_private_cla_signed: 9999,
        TD_B02_private_members_admitted: "1.250",
      }),
    );
    const grades = [
      { grade: "Khá", minScore: 50 },
      { grade: "Xuất sắc", minScore: 80 },
    ];
    writeFileSync(
      campaign,
      await writeWorkbookPlan(layoutCampaign({ ...defaultCampaign(2025, []), grades })),
    );
  });

  it.each([
    ["validate", [report]],
    ["campaign check", [campaign]],
  ] as const)(
    "%s wraps long findings at spaces under the message's start, no word lost",
    async (command, files) => {
      const args = [...command.split(" "), ...files];
      const whole = await runCli(args, UNWRAPPED);
      expect(whole.code).toBe(1);
      for (const width of [80, 60]) {
        const { code, out } = await runCli(args, width);
        expect(code).toBe(1);
        const lines = out.split("\n");
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(words(out)).toEqual(words(whole.out));
        const errors = lines.flatMap((l, i) => (/^ {2}(LỖI|CẢNH BÁO) /.test(l) ? [i] : []));
        expect(errors.length).toBeGreaterThan(0);
        const wrapped = errors.map((i) => findingAt(lines, i)).filter((f) => f.length > 1);
        expect(wrapped.length).toBeGreaterThan(0);
        for (const finding of wrapped) {
          const under = finding[1]!.search(/\S/);
          for (const line of finding.slice(2)) expect(line.search(/\S/)).toBe(under);
          if (width === 80) {
            // Under the message's own start, after severity and place, where a word begins on the first line.
            expect(under).toBeGreaterThanOrEqual(25);
            expect(finding[0]!.slice(under - 1, under + 1)).toMatch(/^ \S$/);
          } else expect(under).toBe(4); // 60 columns leave the message less than 40 beside the place
        }
      }
    },
  );
});
