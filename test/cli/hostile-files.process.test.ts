import { execFileSync } from "node:child_process";
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reportBytes } from "../support/report-file";
import { PARENT, runCli as runAtWidth, tempDir, UNWRAPPED } from "./run-cli";

// The hostile files of hostile-files.test.ts that are named pipes, made with mkfifo.

/** These tests read each message whole. */
const runCli = (args: string[]) => runAtWidth(args, UNWRAPPED);

const INTERNALS = /Cannot read properties|TypeError|ENOENT|EISDIR|at .*\.ts:\d+|Error:/;

describe("files the file system will not give", () => {
  it("refuses a pipe named like a workbook at once, where reading it would wait for ever", async () => {
    const dir = tempDir("pipe");
    writeFileSync(path.join(dir, "P01.xlsx"), await reportBytes("P01", 1));
    execFileSync("mkfifo", [path.join(dir, "x.xlsx")]);
    const output = path.join(tempDir("pipe-out"), "tong-hop.xlsx");
    const started = Date.now();
    const { code, out, err } = await runCli(["--lang", "en", "rollup", dir, "-o", output, ...PARENT]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(code).toBe(1);
    expect(out).toContain('✗ x.xlsx: Cannot read file "x.xlsx": it is not a regular file');
    expect(`${out}${err}`).not.toMatch(INTERNALS);
    const campaign = await runCli(["--lang", "en", "campaign", "check", path.join(dir, "x.xlsx")]);
    expect(campaign.code).toBe(2);
    expect(campaign.err).toContain("it is not a regular file");
  }, 20_000);
});

describe("an output that would replace what it must not", () => {
  async function received() {
    const dir = tempDir("received");
    const report = path.join(dir, "P01.xlsx");
    writeFileSync(report, await reportBytes("P01", 1));
    return { dir, report, bytes: readFileSync(report) };
  }

  it("refuses to replace a pipe or a link with the summary", async () => {
    const { dir } = await received();
    const out = tempDir("special-out");
    const pipe = path.join(out, "pipe.xlsx");
    execFileSync("mkfifo", [pipe]);
    const piped = await runCli(["--lang", "en", "rollup", dir, "-o", pipe, ...PARENT]);
    expect(piped.code).toBe(2);
    expect(piped.err).toContain("it is not a regular file");
    expect(lstatSync(pipe).isFIFO()).toBe(true);

    const elsewhere = path.join(out, "elsewhere.xlsx");
    writeFileSync(elsewhere, "kept");
    const link = path.join(out, "link.xlsx");
    symlinkSync(elsewhere, link);
    const linked = await runCli(["--lang", "en", "rollup", dir, "-o", link, ...PARENT]);
    expect(linked.code).toBe(2);
    expect(linked.err).toContain("it is a link");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(elsewhere, "utf8")).toBe("kept");
  });
});
