import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { collectInputs } from "../../src/cli/files";
import { FOLDER_LIMITS } from "../../src/pipeline";
import { reportBytes } from "../support/report-file";
import { PARENT, runCli, tempDir } from "./run-cli";

interface RolledUp {
  units: { code: string; file: string }[];
  duplicates: unknown[];
  rejected: { file: string }[];
}

/** P01 at the top, P02 a folder down, P03 two down, and files that are no report beside them. */
async function nestedFolder() {
  const dir = tempDir("nested");
  mkdirSync(path.join(dir, "Đợt 1", "xã"), { recursive: true });
  writeFileSync(path.join(dir, "P01.xlsx"), await reportBytes("P01", 1));
  writeFileSync(path.join(dir, "Đợt 1", "P02.xlsx"), await reportBytes("P02", 2));
  writeFileSync(path.join(dir, "Đợt 1", "xã", "P03.xlsx"), await reportBytes("P03", 3));
  writeFileSync(path.join(dir, "ghi-chu.txt"), "notes");
  writeFileSync(path.join(dir, "~$P01.xlsx"), "lock");
  writeFileSync(path.join(dir, "Đợt 1", ".P09.xlsx"), "hidden");
  return dir;
}

describe("the files a rollup reads", () => {
  it("walks sub-folders, names each file by its path in the folder, and says what it left out", async () => {
    const dir = await nestedFolder();
    const { code, out, err } = await runCli(["--lang", "en", "rollup", dir, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as RolledUp;
    expect(json.units.map((u) => [u.code, u.file])).toEqual([
      ["P01", "P01.xlsx"],
      ["P02", "Đợt 1/P02.xlsx"],
      ["P03", "Đợt 1/xã/P03.xlsx"],
    ]);
    expect(err).toContain("Left out 3 file(s) in the folders");
  });

  // A unit that sent its report zipped was listed as sending nothing, the zip only counted among the files
  // left out (a staff round, 02/12/2026).
  it("names a compressed folder it does not open, to be unpacked", async () => {
    const dir = await nestedFolder();
    writeFileSync(path.join(dir, "Đợt 1", "Báo cáo X01.zip"), "PK");
    const { err } = await runCli(["--lang", "en", "rollup", dir, "--json"]);
    expect(err).toContain("Left out 4 file(s) in the folders");
    expect(err).toMatch(/Compressed folder\(s\) Đợt 1\/Báo cáo X01\.zip not opened[^]*Unpack them/);
    const vi = await runCli(["rollup", dir, "--json"]);
    expect(vi.err).toContain("Tệp nén Đợt 1/Báo cáo X01.zip không được mở");
  });

  it("takes a report a clerk saved as Excel Macro-Enabled (.xlsm) from a folder, as it reads one named alone", async () => {
    const dir = tempDir("xlsm");
    writeFileSync(path.join(dir, "P01.xlsx"), await reportBytes("P01", 1));
    writeFileSync(path.join(dir, "P02.xlsm"), await reportBytes("P02", 2));
    const { code, out, err } = await runCli(["--lang", "en", "rollup", dir, "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as RolledUp).units.map((u) => [u.code, u.file])).toEqual([
      ["P01", "P01.xlsx"],
      ["P02", "P02.xlsm"],
    ]);
    expect(err).not.toContain("Left out");
  });

  it("stops at the folder limit counting entries in name order, a sub-folder's before the files after it", async () => {
    const dir = tempDir("many");
    const inner = Math.floor(FOLDER_LIMITS.entries * 0.6);
    const outer = FOLDER_LIMITS.entries - inner;
    mkdirSync(path.join(dir, "a"));
    for (let i = 0; i < inner; i++) writeFileSync(path.join(dir, "a", `u${i}.xlsx`), "");
    for (let i = 0; i < outer; i++) writeFileSync(path.join(dir, `b${String(i).padStart(5, "0")}.xlsx`), "");
    const found = await collectInputs([dir]);
    expect(found.truncated).toBe(true);
    // "a" itself and its files come first; the top folder's files fill what is left of the limit.
    const top = found.files.filter((f) => !f.name.startsWith("a/"));
    expect(found.files.length - top.length).toBe(inner);
    expect(top.length).toBe(FOLDER_LIMITS.entries - 1 - inner);
    expect(top.at(-1)!.name).toBe(`b${String(top.length - 1).padStart(5, "0")}.xlsx`);
  });

  it("reads a file reached by two paths once, not as a duplicate of itself", async () => {
    const dir = await nestedFolder();
    symlinkSync(dir, `${dir}-link`);
    const file = path.join(dir, "P01.xlsx");
    const { code, out } = await runCli(["rollup", dir, `${dir}-link`, file, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as RolledUp;
    expect(json.units.map((u) => u.code)).toEqual(["P01", "P02", "P03"]);
    expect(json.duplicates).toEqual([]);
  });
});

describe("files of the same name in different folders", () => {
  it("names each by the path it was given, so staff can tell which one was kept or refused", async () => {
    // Mail names every attachment "Báo cáo (1).xlsx"; staff keep each unit's in a folder and give them all.
    const dir = tempDir("same-names");
    for (const folder of ["Phường A", "Xã B"]) mkdirSync(path.join(dir, folder));
    writeFileSync(path.join(dir, "Phường A", "Báo cáo (1).xlsx"), "a");
    writeFileSync(path.join(dir, "Xã B", "Báo cáo (1).xlsx"), "b");
    writeFileSync(path.join(dir, "Xã B", "Báo cáo (2).xlsx"), "c");
    const given = ["Phường A/Báo cáo (1).xlsx", "Xã B/Báo cáo (1).xlsx", "Xã B/Báo cáo (2).xlsx"];
    // By their folders alone, not the user's whole path (its home's name), which the summary sent upward holds.
    const named = [...given.slice(0, 2), "Báo cáo (2).xlsx"];
    const files = (await collectInputs(given.map((g) => path.join(dir, g)))).files;
    expect(files.map((f) => f.name)).toEqual(named);
    const folders = (await collectInputs([path.join(dir, "Phường A"), path.join(dir, "Xã B")])).files;
    expect(folders.map((f) => f.name)).toEqual(named);
    // Each round's folder holding a unit's folder of that name: told apart by as many folders as it takes.
    for (const round of ["Đợt 1", "Đợt 2"]) {
      mkdirSync(path.join(dir, round, "Xã B"), { recursive: true });
      writeFileSync(path.join(dir, round, "Xã B", "Báo cáo (1).xlsx"), round);
    }
    const rounds = (await collectInputs([path.join(dir, "Đợt 1"), path.join(dir, "Đợt 2")])).files;
    expect(rounds.map((f) => f.name)).toEqual(["Đợt 1/Xã B/Báo cáo (1).xlsx", "Đợt 2/Xã B/Báo cáo (1).xlsx"]);
  });
});

describe("JSON for scripts", () => {
  it("keeps a file name's C1 control and bidi mark as escapes, not as a replacement character", async () => {
    const dir = tempDir("c1");
    const name = "P01\u0085\u202e.xlsx";
    writeFileSync(path.join(dir, name), await reportBytes("P01", 1));
    const { code, out } = await runCli(["rollup", dir, "--json"]);
    expect(code).toBe(0);
    expect(out).toContain('"file": "P01\\u0085\\u202e.xlsx"');
    expect((JSON.parse(out) as RolledUp).units[0]!.file).toBe(name);
  });
});

describe("exit codes of a rollup", () => {
  it("is 0 when every file is used, 1 when a summary is written but some files were rejected", async () => {
    const dir = await nestedFolder();
    expect((await runCli(["rollup", dir, "--json"])).code).toBe(0);
    writeFileSync(path.join(dir, "P04.xlsx"), "not a workbook");
    const some = await runCli(["rollup", dir, "--json"]);
    expect(some.code).toBe(1);
    expect((JSON.parse(some.out) as RolledUp).rejected.map((r) => r.file)).toEqual(["P04.xlsx"]);
  });

  it("is 2 and writes nothing when no report can be rolled up, so the previous summary stays", async () => {
    const dir = tempDir("none-usable");
    writeFileSync(path.join(dir, "P01.xlsx"), await reportBytes("P01", 1, {}, "2025-D2"));
    const output = path.join(dir, "out", "tong-hop.xlsx");
    mkdirSync(path.dirname(output));
    writeFileSync(output, "the previous summary");
    const { code, err } = await runCli([
      "--lang",
      "en",
      "rollup",
      path.join(dir, "P01.xlsx"),
      "--period",
      "2025-D1",
      "-o",
      output,
      ...PARENT,
    ]);
    expect(code).toBe(2);
    expect(err).toContain("✗ P01.xlsx:");
    expect(err).toContain("No report could be rolled up; no summary was written.");
    expect(readFileSync(output, "utf8")).toBe("the previous summary");
  });
});

describe("the command line itself", () => {
  it("refuses an option given twice, as a file named -o.xlsx makes it, and reads that file after --", async () => {
    const dir = await nestedFolder();
    const named = path.join(dir, "-o.xlsx");
    writeFileSync(named, await reportBytes("P05", 5));
    const output = path.join(tempDir("twice"), "tong-hop.xlsx");
    const twice = await runCli(["rollup", "-o", output, path.join(dir, "P01.xlsx"), "-o.xlsx"]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain("Tùy chọn --output được đưa hơn một lần");
    expect(existsSync(output)).toBe(false);

    const ended = await runCli(["rollup", "--json", "--", path.join(dir, "P01.xlsx"), named]);
    expect(ended.code).toBe(0);
    expect((JSON.parse(ended.out) as RolledUp).units.map((u) => [u.code, u.file])).toEqual([
      ["P01", "P01.xlsx"],
      ["P05", "-o.xlsx"],
    ]);
  });

  it.each([
    [["rollup"], "Thiếu tham số", "An argument is missing"],
    [
      ["rollup", "x.xlsx", "--previous.xlsx"],
      "Không có tùy chọn --previous.xlsx",
      "There is no option --previous.xlsx",
    ],
    [["nothing"], "Không có lệnh nothing", "There is no command nothing"],
    [
      ["rollup", "x.xlsx", "-o"],
      "Tùy chọn -o, --output <tệp> cần một giá trị",
      "Option -o, --output <file> needs a value",
    ],
  ])("says what is wrong with %j in the user's language", async (args, vi, en) => {
    const inVietnamese = await runCli(args);
    expect(inVietnamese.code).toBe(2);
    expect(inVietnamese.err).toContain(vi);
    expect(inVietnamese.err).not.toMatch(/error:/);
    const inEnglish = await runCli(["--lang", "en", ...args]);
    expect(inEnglish.err).toContain(en);
  });
});

describe("the campaign kept in the folder of the reports received", () => {
  /** P01's and P02's reports, and the province's campaign beside them. */
  async function withCampaign() {
    const dir = tempDir("with-campaign");
    writeFileSync(path.join(dir, "P01.xlsx"), await reportBytes("P01", 1));
    writeFileSync(path.join(dir, "P02.xlsx"), await reportBytes("P02", 2));
    const campaign = path.join(dir, "ke-hoach-2025.xlsx");
    expect((await runCli(["campaign", "init", "-o", campaign, "--year", "2025"])).code).toBe(0);
    return { dir, campaign };
  }

  /** What rolling the folder up with its campaign says, its two reports rolled up and no file refused. */
  async function rollUpBesideCampaign(dir: string, campaign: string) {
    const args = ["rollup", dir, "--campaign", campaign, "--period", "2025-D1", "--json"];
    const { code, out, err } = await runCli(["--lang", "en", ...args, ...PARENT]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as RolledUp;
    expect([json.units.map((u) => u.code), json.rejected]).toEqual([["P01", "P02"], []]);
    return err;
  }

  it("is used as the campaign, not read as a report refused for having no template", async () => {
    const { dir, campaign } = await withCampaign();
    const err = await rollUpBesideCampaign(dir, campaign);
    expect(err).toContain("ke-hoach-2025.xlsx in the folder is not read as a report");
    const checked = await runCli(["validate", dir, "--campaign", campaign]);
    expect(checked.code).toBe(0);
    expect(checked.out).not.toContain("ke-hoach-2025.xlsx");
    expect(checked.err).toContain("ke-hoach-2025.xlsx");
  });

  // Staff keep the copy of the campaign mailed to them in the round's folder: it was refused as a report,
  // and the run ended as one with a refused file (exit 1).
  it("is set aside as a copy kept elsewhere in the folder, not refused as a report", async () => {
    const { dir, campaign } = await withCampaign();
    const round = path.join(dir, "Đợt 1");
    mkdirSync(round);
    copyFileSync(campaign, path.join(round, "ke-hoach-2025 (1).xlsx"));
    const err = await rollUpBesideCampaign(dir, campaign);
    expect(err).toContain("Đợt 1/ke-hoach-2025 (1).xlsx");
  });

  it("is still read when named as a file to read", async () => {
    const { dir, campaign } = await withCampaign();
    const { code, out } = await runCli([
      "validate",
      path.join(dir, "P01.xlsx"),
      campaign,
      "--campaign",
      campaign,
    ]);
    expect(code).toBe(1);
    expect(out).toContain("ke-hoach-2025.xlsx");
  });
});
