import {
  defaultCampaign,
  layoutCampaign,
  layoutSummary,
  proposeAwards,
  readCampaign,
  type Campaign,
  type CampaignUnit,
  type GridValue,
} from "../../../src/core";
import { summaryOf, type AwardSpec } from "../../support/award-summaries";
import { planTables, readPlannedCampaign as read } from "../../support/plan-tables";

/**
 * The year 2025: W1 founded on 01/7 (score 99), G1 dissolved on 31/8, taken over by P1 and P2 (98), A1
 * and A2 present all year (90, 85). The flag must go to a unit that existed all year; the Bằng khen need not.
 */
const SPEC: AwardSpec = {
  scores: { W1: [null, 99], G1: [null, 98], A1: [null, 90], A2: [null, 85], P1: [null, 60], P2: [null, 55] },
  listed: {
    W1: { validFrom: "2025-07-01" },
    G1: { validTo: "2025-08-31", successors: ["P1", "P2"] },
  },
  awards: [
    { award: "Cờ thi đua", scope: "province", count: 1, wholePeriod: true },
    { award: "Bằng khen", scope: "province", count: 2 },
  ],
};

const drawn = (spec: AwardSpec) => proposeAwards(summaryOf(spec))!.proposals.map((p) => [p.award, p.code]);

describe("award rules and units that did not exist all period", () => {
  it("proposes for a rule asking for the whole period only units that existed all of it", () => {
    // Before, the flag went to W1 (99, six months old) and the Bằng khen to G1 and A1.
    expect(drawn(SPEC)).toEqual([
      ["Cờ thi đua", "A1"],
      ["Bằng khen", "W1"],
      ["Bằng khen", "G1"],
    ]);
    // A rule that does not ask for it (the default) takes them as before.
    const any = { ...SPEC, awards: SPEC.awards!.map((a) => ({ ...a, wholePeriod: undefined })) };
    expect(drawn(any)).toEqual([
      ["Cờ thi đua", "W1"],
      ["Bằng khen", "G1"],
      ["Bằng khen", "A1"],
    ]);
  });

  it("marks a dissolved unit as gone, with its successors, on the award sheet and under the overview", () => {
    const summary = summaryOf(SPEC);
    const g1 = proposeAwards(summary)!.proposals.find((p) => p.code === "G1")!;
    expect(g1.ended).toEqual({
      vi: "đã giải thể ngày 31/8/2025; đơn vị tiếp nhận: P1, P2",
      en: "dissolved on 31/8/2025; successor units: P1, P2",
    });
    expect(g1.why.vi).toBe("hạng 2 toàn tỉnh; đã giải thể ngày 31/8/2025; đơn vị tiếp nhận: P1, P2");
    const texts = (sheet: string) =>
      layoutSummary(summary)
        .sheets.find((s) => s.name === sheet)!
        .cells.map((c) => String(c.value ?? ""));
    expect(texts("Đề nghị khen thưởng")).toContain(
      "Hạng 2 toàn tỉnh; đã giải thể ngày 31/8/2025; đơn vị tiếp nhận: P1, P2",
    );
    expect(texts("Tổng hợp")).toContain(
      "Đơn vị giải thể trong kỳ — G1 Công đoàn G1: đã giải thể ngày 31/8/2025; đơn vị tiếp nhận: P1, P2.",
    );
  });
});

const UNITS: CampaignUnit[] = [
  { code: "H01", name: "LĐLĐ huyện 1", kind: "district_legacy", validTo: "2025-06-30", successors: ["P01"] },
  { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
];

const text = (value: string): GridValue => ({ type: "string", value });

describe("the campaign workbook's successors and whole-period awards", () => {
  const campaign: Campaign = {
    ...defaultCampaign(2025, UNITS),
    awards: [
      { award: "Cờ thi đua", scope: "province", count: 1, wholePeriod: true },
      { award: "Bằng khen", scope: "province", count: 2 },
    ],
  };

  it("writes and reads back the successors and the whole-period column", () => {
    const { campaign: back, findings } = read(campaign);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(back!.units.find((u) => u.code === "H01")!.successors).toEqual(["P01"]);
    expect(back!.awards).toEqual(campaign.awards);
  });

  it("reads a workbook without the new columns as before: no successors, no whole-period rule", () => {
    const tables = planTables(layoutCampaign(campaign));
    const without = (name: string, column: string) => {
      const table = tables.get(name)!;
      const at = table.header.findIndex((h) => h.text === column);
      return {
        ...table,
        header: table.header.filter((_, i) => i !== at),
        rows: table.rows.map((r) => ({ cells: r.cells.filter((_, i) => i !== at) })),
      };
    };
    const old = new Map(tables);
    old.set("TD_UNITS", without("TD_UNITS", "Đơn vị tiếp nhận"));
    old.set("TD_AWARDS", without("TD_AWARDS", "Phải tồn tại cả kỳ"));
    const { campaign: back, findings } = readCampaign((name) => old.get(name.toUpperCase()));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(back!.units.some((u) => u.successors)).toBe(false);
    expect(back!.awards!.some((a) => a.wholePeriod)).toBe(false);
  });

  it("names the cell of a successor not in the list, and of a whole-period value that is not Có or Không", () => {
    const { campaign: none, findings } = read(campaign, {
      "Đơn vị!H5": text("P01, P99"),
      "Khen thưởng!F5": text("có lẽ"),
    });
    expect(none).toBeNull();
    expect(findings.find((f) => f.rule === "campaign.unknown_successor")).toMatchObject({
      severity: "error",
      sheet: "Đơn vị",
      cell: "H5",
    });
    expect(findings.find((f) => f.rule === "campaign.unknown_successor")!.message_vi).toContain("P99");
    const noEnd = read(campaign, { "Đơn vị!G5": null }).findings;
    expect(noEnd.find((f) => f.rule === "campaign.successors_without_end")).toMatchObject({
      severity: "warning",
      sheet: "Đơn vị",
      cell: "G5",
    });
    expect(findings.find((f) => f.rule === "campaign.bad_yes_no")).toMatchObject({
      severity: "error",
      sheet: "Khen thưởng",
      cell: "F5",
    });
  });
});
