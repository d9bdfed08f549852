import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  defaultCampaign,
  extract,
  layoutCampaign,
  readCampaignGrid,
  TEMPLATE_IDS,
  type Assigned,
  type Campaign,
  type CampaignUnit,
} from "../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../src/xlsx";
import { fillByName } from "../support/fill-by-name";
import { reportBytes } from "../support/report-file";
import { consistentFills } from "../support/reports";
import { runCli, tempDir, UNWRAPPED } from "./run-cli";

const UNITS: CampaignUnit[] = [
  { code: "P01", name: "Công đoàn phường Một", kind: "commune", bloc: "Cụm A", validFrom: "2025-07-01" },
  { code: "P02", name: "Công đoàn phường Hai", kind: "commune", bloc: "Cụm A", validFrom: "2025-07-01" },
  { code: "K01", name: "Công đoàn KCN", kind: "industrial_park", bloc: "Cụm B" },
  { code: "H01", name: "LĐLĐ huyện cũ", kind: "district_legacy", bloc: "Cụm B", validTo: "2025-06-30" },
];

const campaign: Campaign = {
  ...defaultCampaign(2025, UNITS),
  parent: { code: "LDLD_T", name: "LĐLĐ tỉnh Thử" },
  assigned: new Map<string, Record<string, Assigned>>([
    ["P01", { B02_members_admitted: 50, B02_unions_founded: 1 }],
    ["P02", { B02_members_admitted: 5000, B02_unions_founded: 40 }],
    ["K01", { B02_members_admitted: 300, B02_unions_founded: 2, B04_initiative_rate: "na" as const }],
  ]),
};

const read = (file: string) =>
  extract(readWorkbookGrid(new Uint8Array(readFileSync(file)), path.basename(file)));

describe("thidua campaign, templates and rollup --campaign", () => {
  const dir = tempDir("campaign");
  const file = path.join(dir, "ke-hoach.xlsx");

  beforeAll(async () => {
    writeFileSync(file, await writeWorkbookPlan(layoutCampaign(campaign)));
  });

  it("writes a default campaign workbook and checks it", async () => {
    const init = path.join(dir, "mac-dinh.xlsx");
    expect((await runCli(["campaign", "init", "-o", init, "--year", "2026"])).code).toBe(0);
    const { code, out } = await runCli(["campaign", "check", init, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.usable).toBe(true);
    expect(json.periods.map((p: { id: string; due: string }) => [p.id, p.due])).toEqual([
      ["2026-D1", "2026-07-15"],
      ["2026-D2", "2027-01-15"],
      ["2026", "2027-01-15"],
    ]);
    // The default plan scores two targets it gives no unit: said, at their cells, not refused.
    expect(
      json.findings
        .filter((f: { rule: string }) => f.rule === "campaign.target_not_given")
        .map((f: { severity: string; cell: string }) => [f.severity, f.cell]),
    ).toEqual([
      ["warning", "A7"],
      ["warning", "A8"],
    ]);
  });

  it("writes the summarising unit given into TD_Parent: a district federation's award scopes say Toàn huyện", async () => {
    const init = path.join(dir, "huyen.xlsx");
    const district = ["--parent-code", "LDLD_GL", "--parent-name", "LĐLĐ huyện Gia Lâm"];
    const args = ["campaign", "init", "-o", init, "--year", "2025", ...district];
    expect((await runCli([...args, "--parent-kind", "LĐLĐ huyện"])).code).toBe(0);
    const grid = readWorkbookGrid(new Uint8Array(readFileSync(init)), "huyen.xlsx");
    const { campaign: read, findings } = readCampaignGrid(grid);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(read!.parent).toEqual({ code: "LDLD_GL", name: "LĐLĐ huyện Gia Lâm", kind: "district_legacy" });
    // The scopes the awards table offers, on the guide's lists.
    const guide = grid.sheets.find((s) => s.name === "Hướng dẫn")!;
    const texts = [...guide.cells.values()].map((c) => c.value?.value);
    expect(texts).toContain("Toàn huyện");
    expect(texts).not.toContain("Toàn tỉnh");

    // A kind that is none is refused as a roll-up refuses it, in either language, and nothing is written.
    const unknown = path.join(dir, "khong-ro.xlsx");
    const bad = ["campaign", "init", "-o", unknown, "--year", "2025", ...district, "--parent-kind", "Huyện"];
    const vi = await runCli(bad, UNWRAPPED);
    expect([vi.code, vi.err]).toEqual([
      2,
      expect.stringContaining('Loại đơn vị tổng hợp "Huyện" không có trong danh mục; chọn một trong: '),
    ]);
    const en = await runCli(["--lang", "en", ...bad], UNWRAPPED);
    expect(en.err).toContain('Summary unit kind "Huyện" is not known; pick one of: ');
    // A kind or a name alone makes no unit TD_Parent reads.
    const alone = await runCli(
      ["campaign", "init", "-o", unknown, "--year", "2025", "--parent-kind", "LĐLĐ huyện"],
      UNWRAPPED,
    );
    expect([alone.code, alone.err]).toEqual([2, expect.stringContaining("--parent-code và --parent-name")]);
    expect(existsSync(unknown)).toBe(false);
  });

  it("names the sheet and cell of each problem of a campaign workbook, exit 1", async () => {
    const plan = layoutCampaign({
      ...campaign,
      grades: [
        { grade: "A", minScore: 50 },
        { grade: "B", minScore: 80 },
      ],
    });
    const bad = path.join(dir, "hong.xlsx");
    writeFileSync(bad, await writeWorkbookPlan(plan));
    const { code, out } = await runCli(["campaign", "check", bad]);
    expect(code).toBe(1);
    expect(out).toContain("Bảng chấm điểm!G6");
    expect(out).toContain("campaign.grades_not_descending");
    const rollup = await runCli(["rollup", dir, "--campaign", bad, "-o", path.join(dir, "x.xlsx")]);
    expect(rollup.code).toBe(2);
  });

  it("writes a template for every unit expected in a period, each with its own targets and the due date", async () => {
    const out = path.join(dir, "bieu-mau");
    const { code } = await runCli(["templates", "--campaign", file, "--period", "2025-D2", "-o", out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["K01-2025-D2.xlsx", "P01-2025-D2.xlsx", "P02-2025-D2.xlsx"]);
    const p02 = read(path.join(out, "P02-2025-D2.xlsx"));
    expect(p02.meta!.targets.get("B02_members_admitted")).toBe("5000");
    expect(p02.meta!.periodDue).toBe("2026-01-15");
    expect(p02.report!.period.due).toBe("2026-01-15");
  });

  it("validates reports against the campaign: the due date of each, and a unit the list does not hold refused", async () => {
    const received = path.join(dir, "kiem-tra");
    mkdirSync(received, { recursive: true });
    const blank = new Uint8Array(readFileSync(path.join(dir, "bieu-mau", "P02-2025-D2.xlsx")));
    const p02 = path.join(received, "P02.xlsx");
    writeFileSync(p02, fillByName(blank, consistentFills(TEMPLATE_IDS, 7) as Record<string, number>));
    const stranger = path.join(received, "X99.xlsx");
    writeFileSync(stranger, await reportBytes("X99", 3, {}, "2025-D2"));
    // K01's initiative rate is "-" (không áp dụng), a target with a built-in default of 20 %.
    const k01 = path.join(dir, "K01.xlsx");
    const k01Blank = new Uint8Array(readFileSync(path.join(dir, "bieu-mau", "K01-2025-D2.xlsx")));
    writeFileSync(k01, fillByName(k01Blank, consistentFills(TEMPLATE_IDS, 8) as Record<string, number>));
    for (const args of [[k01], [k01, "--campaign", file]])
      expect((await runCli(["validate", ...args], UNWRAPPED)).code).toBe(0);
    expect((await runCli(["validate", p02])).out).not.toContain("hạn nộp");
    const good = await runCli(["validate", p02, "--campaign", file], UNWRAPPED);
    expect([good.code, good.out]).toEqual([0, expect.stringContaining("Sẵn sàng gửi — hạn nộp 15/01/2026")]);
    const bad = await runCli(["validate", received, "--campaign", file], UNWRAPPED);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/✗ X99\.xlsx .*\n.*X99 không có trong danh sách đơn vị của kế hoạch thi đua/);
    const json = JSON.parse((await runCli(["validate", stranger, "--campaign", file, "--json"])).out);
    expect(json.files[0]).toMatchObject({ ready: false, due: "2026-01-15" });
  });

  it("rolls up against the campaign: scores, grades, ranks in blocs, days late, and the change from the previous period", async () => {
    const blanks = path.join(dir, "bieu-mau");
    const received = path.join(dir, "nhan");
    const arrived: Record<string, string> = { P01: "2026-01-10T02:00:00Z", P02: "2026-01-20T02:00:00Z" };
    for (const [i, code] of ["P01", "P02", "K01"].entries()) {
      const bytes = new Uint8Array(readFileSync(path.join(blanks, `${code}-2025-D2.xlsx`)));
      const target = path.join(received, `${code}.xlsx`);
      mkdirSync(received, { recursive: true });
      writeFileSync(
        target,
        fillByName(bytes, consistentFills(TEMPLATE_IDS, 40 + i) as Record<string, number>),
      );
      const when = new Date(arrived[code] ?? "2026-01-12T02:00:00Z");
      utimesSync(target, when, when);
    }
    // The received files rolled up against the campaign for Đợt 2, then what each run adds.
    const rollupD2 = (...more: string[]) =>
      runCli(["rollup", received, "--campaign", file, "--period", "2025-D2", ...more]);
    const first = path.join(dir, "tong-hop-1.xlsx");
    const run = await rollupD2("-o", first, "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    // The summary goes upward under the unit the campaign names (TD_Parent), no option given.
    expect(json.parent).toEqual({ code: "LDLD_T", name: "LĐLĐ tỉnh Thử", kind: "federation" });
    const byCode = new Map(json.units.map((u: { code: string }) => [u.code, u]));
    const p01 = byCode.get("P01") as Record<string, unknown>;
    const p02 = byCode.get("P02") as Record<string, unknown>;
    expect(p01).toMatchObject({ bloc: "Cụm A", bloc_rank: 1, days_late: null });
    expect(p02).toMatchObject({ bloc: "Cụm A", bloc_rank: 2, days_late: 5 });
    for (const u of json.units) {
      expect(typeof u.score).toBe("number");
      expect(typeof u.grade).toBe("string");
      expect(typeof u.rank).toBe("number");
    }
    expect(json.missing.map((m: { code: string }) => m.code)).toEqual([]);

    const second = path.join(dir, "tong-hop-2.xlsx");
    const again = await rollupD2("--previous", first, "-o", second, "--json");
    expect(again.code).toBe(0);
    // This period's own summary, as picked when rolling up again after a correction: set aside, and said,
    // rather than every figure compared with itself (an earlier summary's figures: previous-figures.test).
    const withOwn = JSON.parse(again.out);
    expect(withOwn.previous).toBeNull();
    expect(withOwn.previous_set_aside).toMatchObject({ period: "2025-D2" });
    const attainment = withOwn.units[0].attainment as { result: number | null; previous?: number | null }[];
    expect(attainment.some((a) => a.result !== null)).toBe(true);
    expect(attainment.every((a) => a.previous === undefined || a.previous === null)).toBe(true);
    const table = await rollupD2("--previous", second, "-o", path.join(dir, "z.xlsx"));
    expect(table.code).toBe(0);
    expect(table.out.replace(/\s+/g, " ")).toContain("không so sánh với nó");
    const notSummary = await runCli(["rollup", received, "--previous", file, "-o", path.join(dir, "y.xlsx")]);
    expect(notSummary.code).toBe(2);
    expect(notSummary.err).toContain("TD_Data");

    // The JSON report alone needs no summary file; the table says where its file went, so it needs one.
    const before = readdirSync(dir).sort();
    const jsonOnly = await rollupD2("--json");
    expect(jsonOnly.code).toBe(0);
    expect(JSON.parse(jsonOnly.out).units).toEqual(json.units);
    expect(readdirSync(dir).sort()).toEqual(before);
    const tableOnly = await runCli(["--lang", "en", "rollup", received, "--period", "2025-D2"]);
    expect(tableOnly).toMatchObject({ code: 2, err: expect.stringContaining("(-o, --output)") });
  });
});

describe("a campaign whose texts would forge lines", () => {
  it("campaign check refuses them with sheet and cell, and templates prints no raw line break or RLO", async () => {
    const dir = tempDir("campaign-text");
    const file = path.join(dir, "ke-hoach.xlsx");
    const plan = layoutCampaign(campaign);
    const periods = plan.sheets.find((s) => s.name === "Kỳ báo cáo")!;
    const label = periods.cells.find((c) => c.row === 4 && c.col === 1)!;
    (label as { value: unknown }).value = "Đợt 1\nĐã duyệt ✓\u202eabc";
    writeFileSync(file, await writeWorkbookPlan(plan));
    const check = await runCli(["--lang", "en", "campaign", "check", file], UNWRAPPED);
    expect(check.code).toBe(1);
    expect(check.out).toContain(
      "Kỳ báo cáo!B5 Kỳ báo cáo: Period name holds control, line-break, text-direction or invisible characters. [campaign.bad_text]",
    );
    const made = await runCli([
      "templates",
      "--campaign",
      file,
      "--period",
      "2025-D1",
      "-o",
      path.join(dir, "out"),
    ]);
    expect(made.code).not.toBe(0);
    for (const raw of ["\u202e", "\nĐã duyệt"]) expect(`${made.out}${made.err}`).not.toContain(raw);
  });
});
