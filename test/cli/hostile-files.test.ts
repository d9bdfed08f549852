import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS } from "../../src/core";
import { readFileSubmission } from "../../src/cli/file-submission";
import { main } from "../../src/cli/main";
import { writeWorkbookPlan } from "../../src/xlsx";
import { fillByName } from "../support/fill-by-name";
import { reportBytes } from "../support/report-file";
import { reportParts } from "../support/report-parts";
import { consistentFills } from "../support/reports";
import { PARENT, runCli as runAtWidth, tempDir, UNWRAPPED } from "./run-cli";

/** These tests read each message whole. */
const runCli = (args: string[]) => runAtWidth(args, UNWRAPPED);

const INTERNALS = /Cannot read properties|TypeError|ENOENT|EISDIR|at .*\.ts:\d+|Error:/;

async function folderWithTraps() {
  const dir = tempDir("traps");
  writeFileSync(path.join(dir, "P01.xlsx"), await reportBytes("P01", 1));
  mkdirSync(path.join(dir, "x.xlsx"));
  symlinkSync(path.join(dir, "nowhere.xlsx"), path.join(dir, "gone.xlsx"));
  return dir;
}

describe("files the file system will not give", () => {
  it("validate skips a folder named like a workbook and lists a broken link as unusable, plainly", async () => {
    const dir = await folderWithTraps();
    const { code, out, err } = await runCli(["--lang", "en", "validate", dir]);
    expect(code).toBe(1);
    expect(out).not.toContain("x.xlsx");
    expect(out).toContain(
      '✗ gone.xlsx — UNUSABLE: Cannot read file "gone.xlsx": it is no longer there (deleted, moved, or a broken link).',
    );
    expect(out).toMatch(/✓ P01\.xlsx — /);
    expect(`${out}${err}`).not.toMatch(INTERNALS);
  });

  it("validate --verbose adds what the system said", async () => {
    const dir = await folderWithTraps();
    const { err } = await runCli(["--verbose", "validate", dir]);
    expect(err).toContain("ENOENT");
  });

  it("rollup goes on without the unreadable file and says why it was rejected", async () => {
    const dir = await folderWithTraps();
    const output = path.join(tempDir("traps-out"), "tong-hop.xlsx");
    const { code, out, err } = await runCli(["--lang", "en", "rollup", dir, "-o", output, ...PARENT]);
    expect(code).toBe(1);
    expect(out).toContain('✗ gone.xlsx: Cannot read file "gone.xlsx": it is no longer there');
    expect(`${out}${err}`).not.toMatch(INTERNALS);
    // Issue 64: the outcome is the last line, where an 80×40 terminal still shows it.
    expect(out.split("\n").at(-1)).toBe("2 file(s): 1 rolled up, 0 rejected, 1 unreadable.");
  });

  it("turns a folder or a vanished file read as a report into a rejection", () => {
    const dir = tempDir("gone");
    const folder = readFileSubmission(dir);
    expect("unreadable" in folder && folder.unreadable.vi).toContain("đây là một thư mục");
    const vanished = readFileSubmission(path.join(dir, "da-xoa.xlsx"));
    expect("unreadable" in vanished && vanished.unreadable.en).toContain("no longer there");
  });

  it("asks for a file whose name is not UTF-8 to be renamed, and rolls up the others", async () => {
    const dir = tempDir("latin1");
    writeFileSync(path.join(dir, "P01.xlsx"), await reportBytes("P01", 1));
    // "Báo cáo.xlsx" as Windows-1258 writes it: its "á" (0xE1) is no UTF-8.
    const name = Buffer.concat([Buffer.from(`${dir}/B`), Buffer.from([0xe1]), Buffer.from("o cao.xlsx")]);
    writeFileSync(name, await reportBytes("P02", 2));
    const output = path.join(tempDir("latin1-out"), "tong-hop.xlsx");
    const { code, out, err } = await runCli(["--lang", "en", "rollup", dir, "-o", output, ...PARENT]);
    expect(code).toBe(1);
    expect(out).toContain(
      '✗ B\uFFFDo cao.xlsx: Cannot read file "B\uFFFDo cao.xlsx": its name is not valid Unicode',
    );
    expect(out).toContain("rename the file");
    expect(`${out}${err}`).not.toMatch(INTERNALS);
  });

  it("refuses an unwritable output with exit 2 and a plain reason", async () => {
    const dir = await folderWithTraps();
    const blocked = path.join(dir, "x.xlsx", "in-a-file", "out.xlsx");
    writeFileSync(path.join(dir, "x.xlsx", "in-a-file"), "");
    const report = path.join(dir, "P01.xlsx");
    const { code, err } = await runCli(["--lang", "en", "rollup", report, "-o", blocked, ...PARENT]);
    expect(code).toBe(2);
    expect(err).toContain(`Cannot write file "${blocked}": part of the path is not a folder.`);
    expect(err).not.toMatch(INTERNALS);
  });
});

describe("an output that would replace what it must not", () => {
  async function received() {
    const dir = tempDir("received");
    const report = path.join(dir, "P01.xlsx");
    writeFileSync(report, await reportBytes("P01", 1));
    return { dir, report, bytes: readFileSync(report) };
  }

  it.each([
    [
      "a linked folder",
      (dir: string) => (symlinkSync(dir, `${dir}-link`), path.join(`${dir}-link`, "P01.xlsx")),
    ],
    [
      "a link to the file",
      (dir: string) => (symlinkSync(path.join(dir, "P01.xlsx"), `${dir}.xlsx`), `${dir}.xlsx`),
    ],
    [
      "a hard link",
      (dir: string) => (linkSync(path.join(dir, "P01.xlsx"), `${dir}-hard.xlsx`), `${dir}-hard.xlsx`),
    ],
    ["a path with ..", (dir: string) => path.join(dir, "..", path.basename(dir), "P01.xlsx")],
  ])("refuses a received report reached by %s, and leaves it as it was", async (_how, outputOf) => {
    const { dir, report, bytes } = await received();
    const output = outputOf(dir);
    const { code, err } = await runCli(["--lang", "en", "rollup", dir, "-o", output, ...PARENT]);
    expect(code).toBe(2);
    expect(err).toContain("is a file this command reads");
    expect(readFileSync(report).equals(bytes)).toBe(true);
  });

  it("refuses the previous summary as the output", async () => {
    const { dir } = await received();
    const previous = path.join(tempDir("previous"), "tong-hop-D1.xlsx");
    expect((await runCli(["rollup", dir, "-o", previous, ...PARENT])).code).toBe(0);
    const before = readFileSync(previous);
    const { code, err } = await runCli([
      "--lang",
      "en",
      "rollup",
      dir,
      "--previous",
      previous,
      "-o",
      previous,
      ...PARENT,
    ]);
    expect(code).toBe(2);
    expect(err).toContain("is a file this command reads");
    expect(readFileSync(previous).equals(before)).toBe(true);
  });

  it("says a folder takes no new file rather than that the file is gone", async () => {
    const { dir } = await received();
    const { code, err } = await runCli(["--lang", "en", "rollup", dir, "-o", "/proc/version", ...PARENT]);
    expect(code).toBe(2);
    expect(err).toContain("that folder does not take new files");
    expect(err).not.toContain("no longer there");
  });
});

describe("unexpected failures", () => {
  const failingIo = () => {
    const err: string[] = [];
    const io = {
      out: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
      err: (t: string) => void err.push(t),
      errIsTerminal: false,
      width: UNWRAPPED,
    };
    return { io, err };
  };

  it("exit 2 with a plain message and no stack trace", async () => {
    const { io, err } = failingIo();
    expect(await main(["--lang", "en", "catalog"], io)).toBe(2);
    expect(err.join("\n")).toBe(
      "An internal error stopped the program; run it again with --verbose and send what it prints to your administrator.",
    );
  });

  it("shows the technical detail with --verbose", async () => {
    const { io, err } = failingIo();
    expect(await main(["--verbose", "catalog"], io)).toBe(2);
    expect(err.join("\n")).toContain("Cannot read properties of undefined");
  });

  it("explains a corrupt file in plain words, the parser's words with --verbose only", async () => {
    const dir = tempDir("corrupt");
    const file = path.join(dir, "hong.xlsx");
    const bytes = await reportBytes("P01", 1);
    bytes.fill(0xff, 2_000, 2_400);
    writeFileSync(file, bytes);
    const plain = await runCli(["--lang", "en", "validate", file]);
    expect(plain.code).toBe(1);
    expect(plain.out).toContain(
      'File "hong.xlsx" is corrupt or unreadable; open and save it again in Excel, then send it again.',
    );
    expect(plain.err).toBe("");
    expect((await runCli(["--verbose", "validate", file])).err).not.toBe("");
  });
});

describe("text from files cannot forge output lines", () => {
  it("shows a unit name's newline and bidi override as ?, so no extra ✓ line appears", async () => {
    const dir = tempDir("forged");
    const unit = { code: "P01", name: "A\n✓ X — Sẵn sàng gửi\u202E", kind: "commune" as const };
    const plan = layoutReport({
      unit,
      period: parsePeriod("2025-D1")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
    });
    const file = path.join(dir, "gia-mao\n✓ Y.xlsx");
    writeFileSync(
      file,
      fillByName(await writeWorkbookPlan(plan), consistentFills(TEMPLATE_IDS, 1) as Record<string, number>),
    );
    const { code, out } = await runCli(["validate", dir]);
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines.filter((l) => l.startsWith("✓"))).toEqual([]);
    expect(lines[0]).toBe(
      "✗ gia-mao?✓ Y.xlsx — A?✓ X — Sẵn sàng gửi? (P01), Đợt 1 năm 2025 (01/01/2025 – 30/6/2025): 1 lỗi, 0 cảnh báo",
    );
    expect(out).toContain("[identity.unshowable]");
  });
});

describe("figures a formula computes where none is written", () => {
  it("validate refuses an input inside a data table, naming its cell and the table", async () => {
    const report = await reportParts();
    const { cell, part } = report.input;
    const dir = tempDir("data-table");
    writeFileSync(
      path.join(dir, "P01.xlsx"),
      report.fileWith({
        [part]: (xml) =>
          xml.replace(
            new RegExp(`(<c r="${cell}"[^>]*>)(<v>)`),
            `$1<f t="dataTable" ref="${cell}" dt2D="0" dtr="0" r1="A1"/>$2`,
          ),
      }),
    );
    const { code, out } = await runCli(["--lang", "en", "validate", dir]);
    expect(code).not.toBe(0);
    expect(out).toContain(`${cell}`);
    expect(out).toContain(`the input lies in the data table "${cell}"`);
  });
});
