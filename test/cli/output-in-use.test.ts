import { mkdtempSync, promises as fs, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeAtomically } from "../../src/cli/files";
import { CliError } from "../../src/cli/i18n";
import { TEMPLATE_IDS } from "../../src/core";
import { WORDS } from "../../src/core/vocabulary";
import { fillByName } from "../support/fill-by-name";
import { consistentFills } from "../support/reports";
import { PARENT, runCli, tempDir } from "./run-cli";

/** What Node says when Windows refuses to replace a file another program holds open (Excel does). */
const refusal = (code: string) =>
  Object.assign(new Error(`${code}: operation not permitted, rename 'x.tmp' -> 'tong-hop.xlsx'`), { code });

describe("the summary written over a file staff still have open in Excel", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each(["EPERM", "EBUSY", "EACCES"])(
    "says (%s) the file may be open in Excel and to close it, keeping the previous file whole",
    async (code) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "thidua-in-use-"));
      const output = path.join(dir, "tong-hop.xlsx");
      writeFileSync(output, "the previous summary");
      jest.spyOn(fs, "rename").mockRejectedValueOnce(refusal(code));
      const failed = await writeAtomically(output, new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(CliError);
      const { text } = failed as CliError;
      expect(text.vi).toContain(WORDS.cli.outputInUseReason.vi);
      expect(text.en).toContain("open in Excel");
      expect(readFileSync(output, "utf8")).toBe("the previous summary");
      expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    },
  );
});

/** What Node says when the system refuses: the folder or the file is not the user's to write. */
const denied = (code: string, call: string) =>
  Object.assign(new Error(`${code}: permission denied, ${call}`), { code });

/**
 * `file` as the system's check tells a user it may not be written. Root may write any file whatever its
 * mode, as that check tells it: the tests run as root on CI.
 */
function readOnlyToUser(file: string) {
  const access = fs.access.bind(fs);
  jest
    .spyOn(fs, "access")
    .mockImplementation((at, mode) =>
      path.resolve(String(at)) === file ? Promise.reject(denied("EACCES", "access")) : access(at, mode),
    );
}

describe("the summary written where the user may not write", () => {
  afterEach(() => jest.restoreAllMocks());

  it("leaves a summary staff made read-only as it is, and says so", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "thidua-read-only-"));
    const output = path.join(dir, "tong-hop.xlsx");
    writeFileSync(output, "the summary sent upward");
    await fs.chmod(output, 0o444);
    readOnlyToUser(output);
    const failed = await writeAtomically(output, new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(CliError);
    expect((failed as CliError).text.vi).toContain(WORDS.cli.readOnlyReason.vi);
    expect(readFileSync(output, "utf8")).toBe("the summary sent upward");
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
  });

  it.each(["EACCES", "EPERM"])(
    "says (%s) a folder that takes no new file takes none, not that the summary may be open in Excel",
    async (code) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "thidua-read-only-dir-"));
      const output = path.join(dir, "tong-hop.xlsx");
      writeFileSync(output, "the previous summary");
      jest.spyOn(fs, "writeFile").mockRejectedValueOnce(denied(code, "open '.tong-hop.xlsx.1.tmp'"));
      const failed = await writeAtomically(output, new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(CliError);
      const { text } = failed as CliError;
      expect(text.vi).toContain(WORDS.cli.noNewFileReason.vi);
      expect(text.vi).not.toContain("Excel");
      expect(readFileSync(output, "utf8")).toBe("the previous summary");
    },
  );
});

// Staff learned that the summary could not be written only once every report was read and rolled up, and
// then saw nothing of the roll-up: a summary that cannot be written is refused before the files are read.
describe("a roll-up whose summary cannot be written", () => {
  afterEach(() => jest.restoreAllMocks());

  /** A roll-up of one file that is no workbook, into `output`: what it says, and its exit code. */
  async function rollUpInto(output: string) {
    const received = path.join(path.dirname(output), "nhan");
    await fs.mkdir(received);
    writeFileSync(path.join(received, "X01.xlsx"), "not a workbook");
    const { code, err } = await runCli(["rollup", received, "-o", output, "--period", "2025-D1", ...PARENT]);
    return { code, err: err.replace(/\s+/g, " ") };
  }

  it("is refused before any file is read where the summary there is read-only", async () => {
    const output = path.join(tempDir("early-read-only"), "tong-hop.xlsx");
    writeFileSync(output, "the summary sent upward");
    readOnlyToUser(output);
    const { code, err } = await rollUpInto(output);
    expect(code).toBe(2);
    expect(err).toContain("chỉ đọc");
    // Not the refusal of the file that is no workbook, which reading it would have met first.
    expect(err).not.toContain("X01.xlsx");
    expect(readFileSync(output, "utf8")).toBe("the summary sent upward");
  });

  it("is refused before any file is read where its folder takes no new file, nothing left there", async () => {
    const dir = tempDir("early-no-new-file");
    const output = path.join(dir, "tong-hop.xlsx");
    const open = fs.open.bind(fs);
    jest
      .spyOn(fs, "open")
      .mockImplementation((at, flags, mode) =>
        flags === "wx"
          ? Promise.reject(denied("EACCES", "open '.tong-hop.xlsx.probe'"))
          : open(at, flags, mode),
      );
    const { code, err } = await rollUpInto(output);
    expect(code).toBe(2);
    expect(err).toContain(WORDS.cli.noNewFileReason.vi);
    expect(err).not.toContain("X01.xlsx");
    expect(readdirSync(dir)).toEqual(["nhan"]);
  });

  // Windows refuses to open for writing a workbook Excel holds open; its read-only check sees only the
  // read-only attribute, and the refusal came at the rename, after every report was read.
  it("is refused before any file is read where the summary there is open in Excel", async () => {
    const output = path.join(tempDir("early-open-in-excel"), "tong-hop.xlsx");
    writeFileSync(output, "the previous summary");
    const open = fs.open.bind(fs);
    jest
      .spyOn(fs, "open")
      .mockImplementation((at, flags, mode) =>
        path.resolve(String(at)) === output && flags === "r+"
          ? Promise.reject(refusal("EBUSY"))
          : open(at, flags, mode),
      );
    const { code, err } = await rollUpInto(output);
    expect(code).toBe(2);
    expect(err).toContain(WORDS.cli.outputInUseReason.vi);
    expect(err).not.toContain("X01.xlsx");
    expect(readFileSync(output, "utf8")).toBe("the previous summary");
  });

  // A run killed during its check leaves its probe; a later run given the same process number by the
  // system met it and was refused with a reason that named no cause staff could act on.
  it("goes on past the probe a killed run left, and leaves that file as it was", async () => {
    const dir = tempDir("early-stale-probe");
    const stale = path.join(dir, `.tong-hop.xlsx.${process.pid}.probe`);
    writeFileSync(stale, "");
    const { err } = await rollUpInto(path.join(dir, "tong-hop.xlsx"));
    expect(err).toContain("X01.xlsx");
    expect(readdirSync(dir).sort()).toEqual([path.basename(stale), "nhan"].sort());
  });

  it("leaves no trace of its check where the summary can be written", async () => {
    const dir = tempDir("early-writable");
    writeFileSync(path.join(dir, "tong-hop.xlsx"), "the previous summary");
    const { err } = await rollUpInto(path.join(dir, "tong-hop.xlsx"));
    // The file that is no workbook is read and refused: the check let the roll-up go on.
    expect(err).toContain("X01.xlsx");
    expect(readdirSync(dir).sort()).toEqual(["nhan", "tong-hop.xlsx"]);
    expect(readFileSync(path.join(dir, "tong-hop.xlsx"), "utf8")).toBe("the previous summary");
  });
});

// A province's thousands of reports read, then a disk with no room: staff saw only the reason, nothing of
// what the roll-up had found (units missing, files refused), and had to read every report again to learn it.
describe("a summary the disk has no room for", () => {
  afterEach(() => jest.restoreAllMocks());

  /** A folder `nhan` holding P01's honest report, and the previous summary beside it. */
  async function receivedReport(prefix: string) {
    const dir = tempDir(prefix);
    const blank = path.join(dir, "blank.xlsx");
    const made = await runCli([
      ...["template", "-o", blank, "--unit-code", "P01", "--unit-name", "Công đoàn P01"],
      ...["--period", "2025-D1", "--parent-code", "T01"],
    ]);
    expect(made.code).toBe(0);
    await fs.mkdir(path.join(dir, "nhan"));
    writeFileSync(
      path.join(dir, "nhan", "P01.xlsx"),
      fillByName(new Uint8Array(readFileSync(blank)), consistentFills(TEMPLATE_IDS, 7)),
    );
    const output = path.join(dir, "tong-hop.xlsx");
    writeFileSync(output, "the previous summary");
    return { dir, output };
  }

  const diskFull = () =>
    jest
      .spyOn(fs, "writeFile")
      .mockRejectedValueOnce(
        Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }),
      );

  it("still tells what the roll-up found, then that the summary was not written and why", async () => {
    const { dir, output } = await receivedReport("disk-full");
    diskFull();
    const { code, out, err } = await runCli([
      ...["rollup", path.join(dir, "nhan"), "-o", output, "--period", "2025-D1", ...PARENT],
    ]);
    expect(code).toBe(2);
    expect(out).toContain("P01");
    expect(out).not.toContain(WORDS.cli.summaryWritten.vi.split(":")[0]!);
    expect(err.replace(/\s+/g, " ")).toContain(WORDS.cli.fullReason.vi);
    expect(readFileSync(output, "utf8")).toBe("the previous summary");
  });

  it("gives scripts (--json) no summary on its standard output, only the reason", async () => {
    const { dir, output } = await receivedReport("disk-full-json");
    diskFull();
    const { code, out, err } = await runCli([
      ...["rollup", path.join(dir, "nhan"), "-o", output, "--json", "--period", "2025-D1", ...PARENT],
    ]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.replace(/\s+/g, " ")).toContain(WORDS.cli.fullReason.vi);
  });
});
