import { spawnSync } from "node:child_process";
import path from "node:path";
import { displayWidth } from "../../src/cli/display-width";
import { tempDir } from "./run-cli";

const DEMO = path.resolve(__dirname, "../../lib/cli/demo/run-demo.js");

describe("the demo, as the built CLI prints it to a pipe (80 columns)", () => {
  it("has no line wider than 80 columns, its roll-ups and findings included", () => {
    // Whatever the terminal running the tests says, the demo's output goes to a pipe: 80 columns.
    const env = { ...process.env, COLUMNS: "" };
    const run = spawnSync(process.execPath, [DEMO], { cwd: tempDir("demo"), env, encoding: "utf8" });
    expect(run.status).toBe(0);
    const lines = `${run.stdout}${run.stderr}`.split("\n");
    expect(lines.filter((l) => l.startsWith("$ thidua rollup"))).toHaveLength(3);
    expect(lines).toContain("Kết quả theo chỉ tiêu (✓ đạt, ✗ chưa đạt):");
    expect(lines.some((l) => /^ {2}LỖI {7}Biểu 01!D10 /.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("  ⚠ "))).toBe(true);
    const wide = lines.filter((l) => displayWidth(l) > 80);
    expect(wide).toEqual([]);
  }, 60_000);
});
