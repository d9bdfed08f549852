import {
  checkAgainstCampaign,
  checkFile,
  defaultCampaign,
  extract,
  formCells,
  formDef,
  getCell,
  inputCells,
  layoutReport,
  layoutSummary,
  periodsOfYear,
  rollup,
  toA1,
  unitTemplates,
  validate,
  type Campaign,
  type Extraction,
  type Period,
  type TemplateId,
  type Submission,
} from "../../../src/core";
import { gridFromPlan } from "../../support/plan-grid";
import { readPlannedCampaign } from "../../support/plan-tables";
import { withMeta, zeroFills } from "../../support/reports";

const [D1, D2, YEAR] = periodsOfYear(2025) as [Period, Period, Period];
const M = 1_000_000;

/** Seed 001: "Thu kinh phí … khu vực sản xuất kinh doanh và các doanh nghiệp chưa có tổ chức công đoàn". */
const SPLIT = [
  ["Biểu 03", "Kinh phí công đoàn (2%)", "sxkd", "Khu vực sản xuất kinh doanh", "Business sector"],
  [
    "Biểu 03",
    "Kinh phí công đoàn (2%)",
    "chua_co_cd",
    "Doanh nghiệp chưa có công đoàn",
    "Firms without a union",
  ],
  ["B03", "union_funding", "hcsn", "Khu vực hành chính sự nghiệp", ""],
];
/** A target on the business sector's collection: two linked cells of the sub-row and their own ratio. */
const LINKS = [
  [
    "sxkd_budget",
    "Dự toán KPCĐ khu vực SXKD",
    "Business budget",
    "Số của biểu",
    "",
    "",
    "",
    "",
    "B03_union_funding_sxkd_budget",
  ],
  [
    "sxkd_collected",
    "Thu KPCĐ khu vực SXKD",
    "Business collected",
    "Số của biểu",
    "",
    "",
    "",
    "",
    "B03_union_funding_sxkd_collected",
  ],
  [
    "sxkd_rate",
    "Thu KPCĐ khu vực SXKD đạt dự toán",
    "Business rate",
    "Tỷ lệ",
    "sxkd_collected",
    "sxkd_budget",
    "",
    "",
    "",
  ],
];

const UNITS = ["U1", "U2", "U3"].map((code) => ({ code, name: `Công đoàn ${code}` }));

function splitCampaign(): Campaign {
  const read = readPlannedCampaign(
    defaultCampaign(2025, UNITS),
    {},
    { TD_Rows: SPLIT, TD_Indicators: LINKS },
  );
  expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
  return {
    ...read.campaign!,
    defaults: { ...read.campaign!.defaults, B05_sxkd_rate: 1 },
    scoring: [
      { target: "B05_sxkd_rate", points: 60, method: "pass_fail" },
      { target: "B03_collection_rate", points: 40, method: "proportional" },
    ],
  };
}

/** A unit's Biểu 03 in millions: [budget, collected] of each sub-row and of the dues. */
interface Figures {
  sxkd: [number, number];
  chua_co_cd: [number, number];
  hcsn: [number, number];
  dues: [number, number];
}

const FIGURES: Record<string, Figures> = {
  U1: { sxkd: [100, 90], chua_co_cd: [20, 25], hcsn: [50, 50], dues: [30, 27] },
  U2: { sxkd: [200, 210], chua_co_cd: [10, 0], hcsn: [40, 30], dues: [20, 20] },
  U3: { sxkd: [50, 20], chua_co_cd: [5, 6], hcsn: [10, 10], dues: [5, 5] },
};

function fills(f: Figures): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (row: string, [budget, collected]: [number, number]) => {
    out[`TD_B03_${row}_budget`] = budget * M;
    out[`TD_B03_${row}_collected`] = collected * M;
  };
  put("union_funding_sxkd", f.sxkd);
  put("union_funding_chua_co_cd", f.chua_co_cd);
  put("union_funding_hcsn", f.hcsn);
  put("union_dues", f.dues);
  return out;
}

/** Each unit's template as the campaign makes it, Biểu 03 and Biểu 05 filled by the unit, read back. */
function reports(
  campaign: Campaign,
  templates: TemplateId[] = ["B03", "B05"],
  period = D1,
  figures = FIGURES,
): (Submission & { extraction: Extraction })[] {
  return unitTemplates(campaign, period, templates).map((source) => {
    const plan = layoutReport(source);
    // A template split otherwise has only its own inputs to fill.
    const named = new Set(inputCells(formDef("B03", [], source.subRows)).map((c) => c.name));
    const unsplit = { TD_B03_union_funding_budget: 9 * M, TD_B03_union_funding_collected: 9 * M };
    const typed = { ...unsplit, ...fills(figures[source.unit.code]!) };
    const filled = Object.entries(typed).filter(([name]) => named.has(name) || !name.startsWith("TD_B03"));
    const extraction = extract(gridFromPlan(plan, { fills: Object.fromEntries(filled) }));
    const file = `${source.unit.code}-${period.id}.xlsx`;
    return { source: { name: file, sha256: `sha-${file}`, modifiedAt: "2025-07-05T08:00:00Z" }, extraction };
  });
}

describe("a built-in row split by the campaign (TD_Rows): seed 001's collection by sector", () => {
  it("makes the sub-rows inputs of the template and the row split their locked sum", () => {
    const campaign = splitCampaign();
    expect(campaign.subRows!.map((s) => s.key)).toEqual([
      "union_funding_sxkd",
      "union_funding_chua_co_cd",
      "union_funding_hcsn",
    ]);
    const def = formDef("B03", [], campaign.subRows);
    expect(def.rows.map((r) => r.key)).toEqual([
      "union_funding",
      "union_funding_sxkd",
      "union_funding_chua_co_cd",
      "union_funding_hcsn",
      "union_dues",
      "total",
    ]);
    expect(getCell(def, "union_funding_sxkd", "collected").formula).toBeUndefined();
    expect(getCell(def, "union_funding_sxkd", "collection_rate").formula).toBeDefined();
    expect(getCell(def, "union_funding", "budget").formula).toEqual({
      add: [
        { ref: { row: "union_funding_sxkd" } },
        { ref: { row: "union_funding_chua_co_cd" } },
        { ref: { row: "union_funding_hcsn" } },
      ],
    });
    const plan = layoutReport(unitTemplates(campaign, D1, ["B03"])[0]!);
    const sheet = plan.sheets.find((s) => s.name === "Biểu 03")!;
    const at = (name: string) => {
      const place = plan.names.find((n) => n.name === name)!;
      return sheet.cells.find((c) => c.row === place.row && c.col === place.col)!;
    };
    const address = (name: string) => toA1(at(name).row, at(name).col);
    const sum = at("TD_B03_union_funding_collected");
    const parts = ["sxkd", "chua_co_cd", "hcsn"].map((s) => address(`TD_B03_union_funding_${s}_collected`));
    expect(sum.formula).toBe(parts.join("+"));
    expect(sum.unlocked).toBeFalsy();
    expect(at("TD_B03_union_funding_sxkd_collected").unlocked).toBe(true);
    expect(at("TD_B03_union_funding_sxkd_collected").formula).toBeUndefined();
  });

  it("writes the split and the links to it back into the campaign workbook, which reads as it was", () => {
    const campaign = splitCampaign();
    const again = readPlannedCampaign(campaign);
    expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(again.campaign!.subRows).toEqual(campaign.subRows);
    expect(again.campaign!.indicators).toEqual(campaign.indicators);
  });

  it("rolls three units up: sub-rows summed, each rate Σ collected ÷ Σ budget, the sector's target scored", () => {
    const campaign = splitCampaign();
    const submissions = reports(campaign);
    for (const s of submissions)
      expect(validate(s.extraction).filter((f) => f.severity === "error")).toEqual([]);
    const summary = rollup(submissions, { campaign, period: D1 });
    expect(summary.rejected).toEqual([]);
    const b03 = summary.total.forms.B03!;
    // Σ of the units: sxkd 100+200+50 and 90+210+20; firms without a union 20+10+5 and 25+0+6; public 50+40+10 and 50+30+10.
    expect(b03.union_funding_sxkd).toEqual({
      budget: 350 * M,
      collected: 320 * M,
      collection_rate: 320 / 350,
    });
    expect(b03.union_funding_chua_co_cd).toEqual({
      budget: 35 * M,
      collected: 31 * M,
      collection_rate: 31 / 35,
    });
    expect(b03.union_funding_hcsn).toEqual({ budget: 100 * M, collected: 90 * M, collection_rate: 0.9 });
    // The row split is the sum of its sub-rows: 350+35+100 and 320+31+90.
    expect(b03.union_funding).toEqual({ budget: 485 * M, collected: 441 * M, collection_rate: 441 / 485 });
    // The total adds the dues (30+20+5, 27+20+5): 493 ÷ 540, not the mean of the units' rates.
    expect(b03.total).toEqual({ budget: 540 * M, collected: 493 * M, collection_rate: 493 / 540 });
    expect(summary.total.forms.B05).toEqual({
      sxkd_budget: { value: 350 * M },
      sxkd_collected: { value: 320 * M },
      sxkd_rate: { value: 320 / 350 },
    });
    const line = (code: string) => summary.units.find((u) => u.unit.code === code)!;
    const sector = (code: string) => line(code).attainment.find((a) => a.key === "B05_sxkd_rate")!;
    // U1 90 ÷ 100, U2 210 ÷ 200, U3 20 ÷ 50 of the target 1.
    expect(["U1", "U2", "U3"].map((c) => [sector(c).result, sector(c).met])).toEqual([
      [0.9, false],
      [1.05, true],
      [0.4, false],
    ]);
    // 60 for the sector's target met, and 40 × the unit's whole collection rate: U1 192 ÷ 200, U2 260 ÷ 270,
    // U3 41 ÷ 70 (scores are shown to two decimals).
    expect(line("U1").score).toBeCloseTo(40 * (192 / 200), 2);
    expect(line("U2").score).toBeCloseTo(60 + 40 * (260 / 270), 2);
    expect(line("U3").score).toBeCloseTo(40 * (41 / 70), 2);
    const total = summary.totalAttainment.find((a) => a.key === "B05_sxkd_rate")!;
    expect([total.result, total.met]).toEqual([320 / 350, false]);
  });

  it("combines a unit's rounds per sub-row: the budget the latest round's, the collections added", () => {
    const campaign = splitCampaign();
    const later: Record<string, Figures> = {
      ...FIGURES,
      U1: { sxkd: [120, 40], chua_co_cd: [20, 5], hcsn: [50, 10], dues: [30, 3] },
    };
    const d1 = reports(campaign, ["B03"]).filter((r) => r.source.name.startsWith("U1"));
    const d2 = reports(campaign, ["B03"], D2, later).filter((r) => r.source.name.startsWith("U1"));
    const summary = rollup([...d1, ...d2], { campaign: { ...campaign, units: [UNITS[0]!] }, period: YEAR });
    expect(summary.rejected).toEqual([]);
    const b03 = summary.units[0]!.report.forms.B03!;
    // The sector's budget is the second round's 120 (a plan, never summed); collected 90 + 40.
    expect(b03.union_funding_sxkd).toEqual({
      budget: 120 * M,
      collected: 130 * M,
      collection_rate: 130 / 120,
    });
    // The row split: budgets 120 + 20 + 50, collections (90 + 40) + (25 + 5) + (50 + 10).
    expect(b03.union_funding).toEqual({ budget: 190 * M, collected: 220 * M, collection_rate: 220 / 190 });
  });

  it("writes Tổng hợp and the parent-level report with the sub-rows; the parent report rolls up again alike", () => {
    const campaign = splitCampaign();
    const summary = rollup(reports(campaign), {
      campaign,
      period: D1,
      parent: { code: "LDLD_T", name: "LĐLĐ tỉnh", kind: "federation" },
    });
    expect(summary.subRows).toEqual(campaign.subRows);
    const plan = layoutSummary(summary);
    const names = plan.names.map((n) => n.name);
    expect(names).toContain("TD_B03_union_funding_chua_co_cd_collected");
    const extraction = extract(gridFromPlan(plan));
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
    expect(extraction.report!.subRows).toEqual(campaign.subRows);
    const again = rollup([{ source: { name: "tong-hop.xlsx", sha256: "sha-t" }, extraction }], {
      period: D1,
    });
    expect(again.rejected).toEqual([]);
    expect(again.total.forms.B03).toEqual(summary.total.forms.B03);
    // The summary's own sheet of Biểu 03 lists the sub-rows by their names.
    const texts = plan.sheets.flatMap((s) => s.cells.map((c) => c.value));
    expect(texts).toContain("Kinh phí công đoàn (2%) – Doanh nghiệp chưa có công đoàn");
  });

  it("refuses a report split otherwise than the campaign, naming its sheet and row; an unsplit campaign refuses a split one", () => {
    const campaign = splitCampaign();
    const [honest] = reports(campaign, ["B03"]);
    const other = reports({ ...campaign, subRows: campaign.subRows!.slice(0, 2) }, ["B03"])[1]!;
    const unsplit = reports({ ...campaign, subRows: undefined, indicators: undefined }, ["B03"])[2]!;
    const summary = rollup([honest!, other, unsplit], { campaign, period: D1 });
    expect(summary.rejected.map((r) => [r.unitCode, r.rule])).toEqual([
      ["U2", "rollup.other_sub_rows"],
      ["U3", "rollup.other_sub_rows"],
    ]);
    const reason = summary.rejected[0]!.reason;
    expect(reason.vi).toContain("Biểu 03");
    expect(reason.vi).toContain('dòng "Kinh phí công đoàn (2%)"');
    expect(reason.en).toContain("union_funding_hcsn");
    // Checked against the campaign before it is sent, the clerk is told the same, at the same row.
    const told = checkAgainstCampaign(checkFile(other), campaign).findings.filter(
      (f) => f.severity === "error",
    );
    expect(told.map((f) => f.rule)).toEqual(["campaign.other_sub_rows"]);
    expect(told[0]!.message_vi).toContain('Biểu 03, dòng "Kinh phí công đoàn (2%)"');
    expect(
      checkAgainstCampaign(checkFile(honest!), campaign).findings.filter((f) => f.severity === "error"),
    ).toEqual([]);
    // A campaign without TD_Rows takes the unsplit report and refuses the split one.
    const none = rollup([honest!, unsplit], { campaign: { ...campaign, subRows: undefined }, period: D1 });
    expect(none.rejected.map((r) => [r.unitCode, r.rule])).toEqual([["U1", "rollup.other_sub_rows"]]);
  });

  it("without a campaign, takes each form's split as most reports holding that form declare it", () => {
    const campaign = splitCampaign();
    const [u1, u2] = reports(campaign, ["B03"]);
    const unsplit = reports({ ...campaign, subRows: undefined }, ["B03"])[2]!;
    const others = ["V1", "V2", "V3"].map((code) => ({ code, name: `Công đoàn ${code}` }));
    // Three reports of Biểu 01 alone have no say in how Biểu 03 is split.
    const b01 = unitTemplates({ ...campaign, units: others }, D1, ["B01"]).map((source) => ({
      source: { name: `${source.unit.code}.xlsx`, sha256: `sha-${source.unit.code}` },
      extraction: extract(gridFromPlan(layoutReport(source), { fills: zeroFills(["B01"]) })),
    }));
    const summary = rollup([...b01, u1!, u2!, unsplit], { period: D1 });
    expect(summary.rejected.map((r) => [r.unitCode, r.rule])).toEqual([["U3", "rollup.other_sub_rows"]]);
    expect(summary.subRows).toEqual(campaign.subRows);
  });

  it("refuses a report whose metadata splits a computed row, at its cell of TD_META", () => {
    const campaign = splitCampaign();
    const source = unitTemplates(campaign, D1, ["B03"])[0]!;
    const grid = gridFromPlan(layoutReport(source), { fills: {} });
    const tampered = withMeta(grid, { sub_row_2: JSON.stringify(["B03", "total", "total_x", "X", "X"]) });
    const errors = validate(extract(tampered)).filter((f) => f.rule === "identity.bad_sub_rows");
    expect(errors.map((e) => e.sheet)).toEqual(["TD_META"]);
    expect(errors[0]!.message_vi).toContain('dòng "Tổng cộng" của Biểu 03 là dòng tính sẵn');
  });

  it("refuses in the campaign a row of no form, an unknown row, a computed row, a repeated code and a row split once", () => {
    const read = readPlannedCampaign(
      defaultCampaign(2025, UNITS),
      {},
      {
        TD_Rows: [
          ["Biểu 09", "Kinh phí công đoàn (2%)", "a", "A", ""],
          ["Biểu 03", "Kinh phí khác", "b", "B", ""],
          ["Biểu 03", "Tổng cộng", "c", "C", ""],
          ["Biểu 03", "Kinh phí công đoàn (2%)", "sxkd", "Khu vực SXKD", ""],
          ["Biểu 03", "Kinh phí công đoàn (2%)", "SXKD", "Khu vực SXKD 2", ""],
          ["Biểu 03", "Kinh phí công đoàn (2%)", "x y", "X", ""],
        ],
      },
    );
    expect(read.campaign).toBeNull();
    const errors = read.findings.filter((f) => f.severity === "error");
    expect(errors.map((e) => [e.rule, e.sheet, e.cell])).toEqual([
      ["campaign.unknown_sub_row_form", "Chia dòng", "A6"],
      ["campaign.unknown_parent_row", "Chia dòng", "B7"],
      ["campaign.parent_not_splittable", "Chia dòng", "B8"],
      // Split into one row alone, once the repeated code and the bad one are refused.
      ["campaign.single_sub_row", "Chia dòng", "B9"],
      ["campaign.repeated", "Chia dòng", "C10"],
      ["campaign.bad_sub_row_code", "Chia dòng", "C11"],
    ]);
    expect(errors[2]!.message_vi).toContain('dòng "Tổng cộng" của Biểu 03 là dòng tính sẵn');
    expect(errors[2]!.message_en).toContain("cannot be split");
  });

  it("leaves a campaign without TD_Rows as it was: the catalog's Biểu 03, no sub-rows in the metadata", () => {
    const read = readPlannedCampaign(defaultCampaign(2025, UNITS));
    expect(read.campaign!.subRows).toBeUndefined();
    const source = unitTemplates(read.campaign!, D1, ["B03"])[0]!;
    expect(formDef("B03", [], source.subRows)).toBe(formDef("B03"));
    expect(formCells(formDef("B03")).map((c) => c.name)).toHaveLength(9);
    const plan = layoutReport(source);
    const meta = plan.sheets.find((s) => s.name === "TD_META")!;
    expect(meta.cells.some((c) => typeof c.value === "string" && c.value.startsWith("sub_row"))).toBe(false);
  });
});
