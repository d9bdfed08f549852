import { spawnSync } from "node:child_process";
import path from "node:path";
import * as zlib from "node:zlib";
import { displayWidth } from "../../src/cli/display-width";
import { nodeTooOld } from "../../src/cli/node-version";

describe("a Node too old for the command line", () => {
  it("is told, in both languages, with the version it has and the one it needs", () => {
    const text = nodeTooOld({}, "20.11.1");
    expect(text?.vi).toContain("Node.js 20.15 trở lên");
    expect(text?.vi).toContain("20.11.1");
    expect(text?.en).toContain("Node.js 20.15 or newer");
    expect(text?.en).toContain("20.11.1");
  });

  it("is not this one, which has zlib's checksum", () => {
    expect(nodeTooOld(zlib, process.versions.node)).toBeNull();
  });

  it("stops the command before it starts, with the message and exit code 1", () => {
    const bin = path.resolve(__dirname, "../../bin/thidua.js");
    // The command as an older Node would run it: the same files, without zlib's crc32.
    const older = `Object.defineProperty(require("node:zlib"), "crc32", { value: undefined }); process.argv.splice(1, 1); require(${JSON.stringify(bin)});`;
    const run = spawnSync(process.execPath, ["-e", older, "--", bin, "--version"], {
      encoding: "utf8",
      env: { ...process.env, COLUMNS: "40" },
    });
    expect(run.status).toBe(1);
    // Broken at spaces to the terminal's 40 columns, as every other message of the command line.
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    const text = nodeTooOld({}, process.versions.node)!;
    expect(lines.join(" ")).toBe(`${text.vi} ${text.en}`);
  });
});
