import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extract, getTemplate, inputCells, TEMPLATE_IDS, validate, type Finding } from "../../src/core";
import { readWorkbookGrid } from "../../src/xlsx";
import { fillByName } from "../support/fill-by-name";
import { consistentFills } from "../support/reports";
import { PARENT, runCli, tempDir, UNWRAPPED } from "./run-cli";

const read = (file: string) =>
  extract(readWorkbookGrid(new Uint8Array(readFileSync(file)), path.basename(file)));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

async function unitFile(
  dir: string,
  code: string,
  seed: number,
  extra: Record<string, number | string> = {},
  period = "2025-D1",
) {
  const blank = path.join(dir, `blank-${code}-${period}.xlsx`);
  const args = [
    "template",
    "-o",
    blank,
    "--unit-code",
    code,
    "--unit-name",
    `Công đoàn ${code}`,
    "--period",
    period,
  ];
  expect((await runCli([...args, "--parent-code", "T01"])).code).toBe(0);
  const fills = { ...consistentFills(TEMPLATE_IDS, seed), ...extra } as Record<string, number | string>;
  const file = path.join(dir, "in", `${code}-${period}.xlsx`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, fillByName(new Uint8Array(readFileSync(blank)), fills));
  return file;
}

describe("thidua catalog", () => {
  it("lists every form cell with its defined name, sheet and address", async () => {
    const { code, out } = await runCli(["catalog", "--json"]);
    expect(code).toBe(0);
    const catalog = JSON.parse(out);
    const cells = catalog.templates.flatMap((t: { cells: unknown[] }) => t.cells);
    expect(cells).toHaveLength(5 * 9 + 6 * 15 + 3 * 3 + 18);
    expect(cells).toContainEqual(
      expect.objectContaining({ name: "TD_B02_total_members_end", sheet: "Biểu 02", input: false }),
    );
    for (const transfer of ["members_transferred_in", "members_transferred_out"])
      expect(cells).toContainEqual(
        expect.objectContaining({ name: `TD_B02_private_${transfer}`, sheet: "Biểu 02", input: true }),
      );
    expect(cells).toContainEqual(
      expect.objectContaining({ name: "TD_B02_total_unions_transferred_in", input: false }),
    );
    expect(catalog.templates.find((t: { id: string }) => t.id === "B02").version).toBe(3);
  });
});

describe("thidua template", () => {
  it("writes a template whose metadata carries the unit, period and targets", async () => {
    const dir = tempDir("tpl");
    const file = path.join(dir, "mau.xlsx");
    const result = await runCli([
      "template",
      "-o",
      file,
      "--unit-code",
      "P01",
      "--unit-name",
      "Công đoàn phường Tân Định",
      "--unit-kind",
      "commune",
      "--period",
      "2025-D2",
      "--templates",
      "B02,B04",
      "--target",
      "B02_members_admitted=120",
      "--target",
      "B04_initiative_rate=25%",
    ]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.out).toContain("Đã tạo biểu mẫu");
    const { report } = read(file);
    expect(report).toMatchObject({
      unit: { code: "P01", kind: "commune" },
      period: { id: "2025-D2", end: "2025-12-31" },
      templates: ["B02", "B04"],
    });
    expect(report!.targets).toMatchObject({
      B02_members_admitted: 120,
      B04_initiative_rate: 0.25,
      B04_mai_am_total: 1,
    });
  });

  it.each([
    [["--period", "2025-D3"], "Kỳ báo cáo", "Invalid period"],
    [["--period", "2025", "--templates", "B09"], "Biểu mẫu không có", "Templates not in the catalog"],
    [["--period", "2025", "--target", "B01_nope=3"], "Chỉ tiêu không có", "No such target"],
  ])("refuses bad usage %p with exit 2, in Vietnamese or English", async (args, vi, en) => {
    const base = [
      "template",
      "-o",
      path.join(tempDir("bad"), "x.xlsx"),
      "--unit-code",
      "P01",
      "--unit-name",
      "X",
    ];
    const viResult = await runCli([...base, ...args]);
    expect(viResult.code).toBe(2);
    expect(viResult.err).toContain(vi);
    expect((await runCli(["--lang", "en", ...base, ...args])).err).toContain(en);
  });
});

describe("thidua validate", () => {
  // Issue 64: one unreadable report made validate exit 2, the code of a mistyped command, where rollup exits 1.
  it("exits 0 for a clean file, 1 for errors with sheet and cell or an unreadable file, 2 for a usage error", async () => {
    const dir = tempDir("val");
    const good = await unitFile(dir, "P01", 1);
    const bad = await unitFile(dir, "P02", 2, { TD_B02_private_members_admitted: "1.250" });
    const junk = path.join(dir, "junk.xlsx");
    writeFileSync(junk, "this is not a workbook");
    expect((await runCli(["validate", good])).code).toBe(0);
    const failed = await runCli(["validate", good, bad], UNWRAPPED);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/Biểu 02!E11 .*dưới dạng văn bản/);
    const unusable = await runCli(["--lang", "en", "validate", good, junk, "--json"]);
    expect(unusable.code).toBe(1);
    expect(JSON.parse(unusable.out).files[1]).toMatchObject({
      name: "junk.xlsx",
      ready: false,
      unusable: { en: expect.stringContaining("not an Excel") },
    });
    expect((await runCli(["validate", junk])).code).toBe(1);
    expect((await runCli(["validate", good, "--no-such-option"])).code).toBe(2);
    expect((await runCli(["validate"])).code).toBe(2);
  });

  // Issue 64: over a folder the files' lines scroll off an 80×40 terminal; the outcome is the last line.
  it("ends with one line counting the files ready, with errors and unreadable", async () => {
    const made = tempDir("val-outcome");
    await unitFile(made, "P01", 1);
    await unitFile(made, "P02", 2, { TD_B02_private_members_admitted: "1.250" });
    const dir = path.dirname(await unitFile(made, "P03", 3));
    writeFileSync(path.join(dir, "junk.xlsx"), "this is not a workbook");
    const vi = await runCli(["validate", dir]);
    expect(vi.code).toBe(1);
    expect(vi.out.split("\n").at(-1)).toBe("4 tệp: 2 sẵn sàng, 1 có lỗi, 1 không đọc được.");
    const en = await runCli(["--lang", "en", "validate", dir]);
    expect(en.out.split("\n").at(-1)).toBe("4 file(s): 2 ready, 1 with errors, 1 unreadable.");
  });
});

describe("thidua validate, where a rule fires at many cells of a form", () => {
  it("prints the rule once with its first cell, its count and the next cells; --json keeps every finding", async () => {
    const dir = tempDir("val-groups");
    const cells = inputCells(getTemplate("B02")).slice(0, 12);
    const file = await unitFile(dir, "P05", 5, Object.fromEntries(cells.map((c) => [c.name, "1.250"])));
    const json = await runCli(["validate", file, "--json"]);
    const findings: Finding[] = JSON.parse(json.out).files[0].findings;
    const textNumbers = findings.filter((f) => f.rule === "cell.text_number");
    expect(textNumbers).toHaveLength(12);

    const { out } = await runCli(["--lang", "en", "validate", "--all", file], UNWRAPPED);
    const lines = out.split("\n").filter((l) => l.includes("[cell.text_number]"));
    expect(lines).toHaveLength(1);
    const next = textNumbers.slice(1, 6).map((f) => f.cell);
    expect(lines[0]).toContain(`Biểu 02!${textNumbers[0]!.cell} `);
    expect(lines[0]).toContain(`(and 11 more cells: ${next.join(", ")}…)`);
    // Whatever else the file holds, each rule of a sheet is one line, and each finding without a cell its own.
    const kinds = new Set(findings.filter((f) => f.cell).map((f) => `${f.severity} ${f.sheet} ${f.rule}`));
    const alone = findings.filter((f) => !f.cell).length;
    expect(out.split("\n").filter((l) => / \[[\w.]+\]$/.test(l))).toHaveLength(kinds.size + alone);
  });
});

describe("thidua rollup", () => {
  it("rolls up files into a summary whose parent report reads back to the same totals, leaving inputs untouched", async () => {
    const dir = tempDir("roll");
    const files = [
      await unitFile(dir, "P01", 11),
      await unitFile(dir, "P02", 12),
      await unitFile(dir, "P03", 13, { TD_B01_state_cla_signed: 99_999 }),
      await unitFile(dir, "P04", 14, {}, "2024-D2"),
    ];
    const before = files.map(hash);
    const units = path.join(dir, "units.csv");
    writeFileSync(
      units,
      'code,name,kind\nP01,Công đoàn P01,commune\nP02,"Công đoàn P02, phường",commune\nP03,P03,commune\nP04,P04,commune\nP05,P05,commune\n',
    );
    const summaryFile = path.join(dir, "tong-hop.xlsx");
    const result = await runCli([
      "rollup",
      path.join(dir, "in"),
      "-o",
      summaryFile,
      "--units",
      units,
      "--period",
      "2025-D1",
      "--parent-code",
      "T01",
      "--parent-name",
      "LĐLĐ tỉnh",
      "--json",
    ]);
    // A summary is written, and 1 says some reports were rejected for their errors.
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out);
    expect(json.units.map((u: { code: string; status: string }) => [u.code, u.status])).toEqual([
      ["P01", "ok"],
      ["P02", "ok"],
    ]);
    expect(json.units[0].sha256).toBe(hash(files[0]!));
    expect(json.rejected.map((r: { file: string }) => r.file)).toEqual([
      "P03-2025-D1.xlsx",
      "P04-2024-D2.xlsx",
    ]);
    expect(json.missing.map((m: { code: string }) => m.code)).toEqual(["P03", "P04", "P05"]);
    expect(files.map(hash)).toEqual(before);

    const parent = read(summaryFile);
    expect(validate(parent).filter((f) => f.severity === "error")).toEqual([]);
    expect(parent.report!.unit).toMatchObject({ code: "T01", name: "LĐLĐ tỉnh" });
    expect(JSON.parse(JSON.stringify(parent.report!.forms))).toEqual(json.totals);
    const p1 = read(files[0]!).report!.forms.B02!.total!.members_end!;
    const p2 = read(files[1]!).report!.forms.B02!.total!.members_end!;
    expect(json.totals.B02.total.members_end).toBe(p1 + p2);
  });

  it("rolls a roll-up up again to the totals of all units, and never writes over an input", async () => {
    const dir = tempDir("reroll");
    const a = [await unitFile(dir, "P01", 21), await unitFile(dir, "P02", 22)];
    const b = [await unitFile(dir, "P03", 23)];
    const all = await runCli(["rollup", ...a, ...b, "-o", path.join(dir, "all.xlsx"), "--json", ...PARENT]);
    await runCli([
      "rollup",
      ...a,
      "-o",
      path.join(dir, "out", "A.xlsx"),
      "--parent-code",
      "DA",
      "--parent-name",
      "A",
    ]);
    await runCli([
      "rollup",
      ...b,
      "-o",
      path.join(dir, "out", "B.xlsx"),
      "--parent-code",
      "DB",
      "--parent-name",
      "B",
    ]);
    const again = await runCli([
      "rollup",
      path.join(dir, "out"),
      "-o",
      path.join(dir, "top.xlsx"),
      "--json",
      ...PARENT,
    ]);
    expect(JSON.parse(again.out).totals).toEqual(JSON.parse(all.out).totals);

    const overwrite = await runCli(["rollup", ...a, "-o", a[0]!]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.err).toContain("không ghi đè");
  });
});

describe("rollup's summary unit", () => {
  // Issue 64: without --parent-name the summary went upward as "Đơn vị tổng hợp (TONG_HOP)".
  it("writes no summary under no unit's name, saying which option and which campaign table to fill", async () => {
    const dir = tempDir("parent");
    await unitFile(dir, "P01", 1);
    const base = ["rollup", path.join(dir, "in"), "--period", "2025-D1"];
    for (const given of [[], ["--parent-code", "T01"], ["--parent-name", "LĐLĐ tỉnh"]]) {
      const unnamed = await runCli([...base, "-o", path.join(dir, "a.xlsx"), ...given], UNWRAPPED);
      expect(unnamed.code).toBe(2);
      expect(unnamed.err).toContain("Chưa biết đơn vị tổng hợp");
      expect(unnamed.err).toContain("--parent-code và --parent-name");
      expect(unnamed.err).toContain("(bảng TD_Parent) của sổ kế hoạch");
      expect(existsSync(path.join(dir, "a.xlsx"))).toBe(false);
    }
    const english = await runCli(["--lang", "en", ...base, "-o", path.join(dir, "a.xlsx")], UNWRAPPED);
    expect(english.err).toContain("add --parent-code and --parent-name");
    expect(english.err).toContain("(table TD_Parent)");
    // The summary may still be shown, where nothing goes upward.
    expect((await runCli([...base, "--json"])).code).toBe(0);
    const named = await runCli(
      [
        ...base,
        "-o",
        path.join(dir, "b.xlsx"),
        "--parent-code",
        "T01",
        "--parent-name",
        "LĐLĐ tỉnh",
        "--json",
      ],
      UNWRAPPED,
    );
    expect(named.code).toBe(0);
    expect(JSON.parse(named.out).parent).toEqual({ code: "T01", name: "LĐLĐ tỉnh", kind: "federation" });
    expect(read(path.join(dir, "b.xlsx")).report!.unit).toMatchObject({ code: "T01", name: "LĐLĐ tỉnh" });
    // A district federation's summary, its kind as officers write it; a kind that is none is refused.
    const district = ["--parent-code", "H01", "--parent-name", "LĐLĐ huyện Gia Lâm", "--json"];
    const asDistrict = await runCli([...base, ...district, "--parent-kind", "LĐLĐ huyện"], UNWRAPPED);
    expect(JSON.parse(asDistrict.out).parent).toEqual({
      code: "H01",
      name: "LĐLĐ huyện Gia Lâm",
      kind: "district_legacy",
    });
    const unknown = await runCli([...base, ...district, "--parent-kind", "Huyện"], UNWRAPPED);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('Loại đơn vị tổng hợp "Huyện" không có trong danh mục');
  });
});

describe("rollup without a period", () => {
  it("asks for --period where no report tells it, which the page asks for in its own words", async () => {
    const dir = tempDir("no-period");
    mkdirSync(path.join(dir, "in"), { recursive: true });
    writeFileSync(path.join(dir, "in", "P01.xlsx"), "not a workbook");
    const run = await runCli(
      ["rollup", path.join(dir, "in"), "-o", path.join(dir, "a.xlsx"), ...PARENT],
      UNWRAPPED,
    );
    expect(run.code).not.toBe(0);
    expect(run.err).toContain("hãy chỉ định kỳ, ví dụ --period 2025-D1");
  });
});
