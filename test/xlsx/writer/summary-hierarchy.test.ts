import {
  defaultTargets,
  extract,
  layoutReport,
  layoutSummary,
  parsePeriod,
  rollup,
  validate,
  type Campaign,
  type Submission,
} from "../../../src/core";
import { combineRounds } from "../../../src/core/rollup/combine-rounds";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { gridFromPlan } from "../../support/plan-grid";
import { b02Round, consistentFills, testCampaign, unit } from "../../support/reports";

const D1 = parsePeriod("2025-D1")!;
const YEAR = parsePeriod("2025")!;

/** Units whose Biểu 02 closes with `members` members in each of its five sector rows. */
const round = (code: string, period: string, members: number) =>
  b02Round(code, period, { members_start: members, members_admitted: 0, members_left: 0 });

/**
 * A district's summary of some units, written to a file and read back as a received file: made with
 * `campaign` where one is given, as a province makes its own.
 */
async function districtSummary(
  code: string,
  units: readonly Submission[],
  period = D1,
  campaign?: Campaign,
): Promise<Submission> {
  const parent = { ...unit(code), kind: "federation" as const };
  const summary = rollup(units, { period, parent, ...(campaign ? { campaign } : {}) });
  const bytes = await writeWorkbookPlan(layoutSummary(summary));
  return readSubmission(bytes, { name: `tong-hop-${code}.xlsx`, sha256: `sha-${code}` });
}

const totalMembers = (summary: ReturnType<typeof rollup>) => summary.total.forms.B02!.total!.members_end;

describe("a summary received with reports of the units it holds", () => {
  const units = ["U1", "U2", "U3", "U4", "U5"].map((code, i) => round(code, "2025-D1", 100 * (i + 1)));
  // Five sector rows each: U1..U5 close with 5 × (100 + 200 + 300 + 400 + 500) members.
  const everyUnitOnce = 5 * 1500;

  it("lists every unit it holds, and rolled up alone gives its own totals", async () => {
    const h99 = await districtSummary("H99", units.slice(0, 4));
    if (!("extraction" in h99)) throw new Error("unreadable");
    expect(h99.extraction.report!.rollupUnits).toEqual(["U1", "U2", "U3", "U4"]);
    // Made without a campaign naming its summarising unit, it is read as every summary written before.
    expect(h99.extraction.report!.rollupCampaign).toBeUndefined();
    expect(totalMembers(rollup([h99], { period: D1 }))).toBe(5 * 1000);
  });

  it("is left out, with the units it shares, so each unit counts once", async () => {
    const h99 = await districtSummary("H99", units.slice(0, 4));
    const summary = rollup([h99, ...units], { period: D1 });
    expect(totalMembers(summary)).toBe(everyUnitOnce);
    expect(summary.units.map((u) => u.unit.code)).toEqual(["U1", "U2", "U3", "U4", "U5"]);
    const [left] = summary.rejected;
    expect(summary.rejected).toHaveLength(1);
    expect(left!.rule).toBe("rollup.counted_twice");
    expect(left!.source.name).toBe("tong-hop-H99.xlsx");
    expect(left!.reason.en).toContain("holds U1, U2, U3, U4, which U1-2025-D1.xlsx, U2-2025-D1.xlsx");
    expect(left!.reason.vi).toContain("tính hai lần");
  });

  it("is left out where it holds a code that reads like a unit's own report's (PO1 beside P01)", async () => {
    const p01 = round("P01", "2025-D1", 100);
    const h95 = await districtSummary("H95", [round("PO1", "2025-D1", 100), units[1]!]);
    const summary = rollup([h95, p01], { period: D1 });
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["tong-hop-H95.xlsx", "rollup.counted_twice"],
    ]);
    expect(totalMembers(summary)).toBe(5 * 100);
  });

  it("leaves out both of two summaries that share a unit", async () => {
    const h98 = await districtSummary("H98", units.slice(0, 3));
    const h97 = await districtSummary("H97", units.slice(1, 4));
    const summary = rollup([h98, h97, units[4]!], { period: D1 });
    expect(summary.rejected.map((r) => [r.source.name, r.rule]).sort()).toEqual([
      ["tong-hop-H97.xlsx", "rollup.counted_twice"],
      ["tong-hop-H98.xlsx", "rollup.counted_twice"],
    ]);
    expect(totalMembers(summary)).toBe(5 * 500);
  });

  it("leaves out a summary of a province that holds a district's summary received too", async () => {
    const h99 = await districtSummary("H99", units.slice(0, 2));
    const province = await districtSummary("T01", [h99, units[2]!]);
    if (!("extraction" in province)) throw new Error("unreadable");
    expect(province.extraction.report!.rollupUnits).toEqual(["H99", "U1", "U2", "U3"]);
    const summary = rollup([province, units[0]!], { period: D1 });
    expect(summary.rejected.map((r) => r.rule)).toEqual(["rollup.counted_twice"]);
    expect(totalMembers(summary)).toBe(5 * 100);
  });

  it("leaves out a first round's summary rolled into a year with its units' second rounds", async () => {
    const h98 = await districtSummary("H98", units.slice(0, 3));
    const second = ["U1", "U2", "U3"].map((code, i) => round(code, "2025-D2", 100 * (i + 1)));
    const summary = rollup([h98, ...second], { period: YEAR });
    // No list dates the district's end: counted, its year's plan would add to its unions' own.
    expect(summary.rejected.map((r) => r.rule)).toEqual(["rollup.counted_twice"]);
    // The units' first rounds are not counted, so no opening on 1 January is known (see stocks).
    expect(summary.total.forms.B02!.total!.members_start).toBeNull();
    expect(totalMembers(summary)).toBe(5 * 600);
  });

  it("counts a dissolved district's Đợt 1 summary and the commune's Đợt 2 summary of the same unions (round 21)", async () => {
    // The 2025 reorganisation: H97 (dissolved 30/06) summed U1–U3's first round, X99 (founded 01/07)
    // their second; both were refused as counting the unions twice, and the year lost both.
    const grow = (code: string, period: string, start: number) =>
      b02Round(code, period, { members_start: start, members_admitted: 10, members_left: 0 });
    const starts = [100, 200, 300];
    const h97 = await districtSummary(
      "H97",
      ["U1", "U2", "U3"].map((code, i) => grow(code, "2025-D1", starts[i]!)),
    );
    const x99 = await districtSummary(
      "X99",
      ["U1", "U2", "U3"].map((code, i) => grow(code, "2025-D2", starts[i]! + 10)),
      parsePeriod("2025-D2")!,
    );
    const listed = [
      { ...unit("H97"), validTo: "2025-06-30" },
      { ...unit("X99"), validFrom: "2025-07-01" },
    ];
    const summary = rollup([h97, x99], { period: YEAR, campaign: testCampaign({}, listed) });
    expect(summary.rejected).toEqual([]);
    expect(summary.units.map((u) => [u.unit.code, u.status])).toEqual([
      ["H97", "ok"],
      ["X99", "ok"],
    ]);
    const total = summary.total.forms.B02!.total!;
    expect(total.members_start).toBe(5 * 600);
    expect(total.members_admitted).toBe(5 * 3 * (10 + 10));
    expect(total.members_end).toBe(5 * (600 + 3 * 20));
    // Listed without their dates, each would keep its whole year's plan: counted twice, as before.
    const undated = rollup([h97, x99], {
      period: YEAR,
      campaign: testCampaign({}, [unit("H97"), unit("X99")]),
    });
    expect(undated.rejected.map((r) => r.rule)).toEqual(["rollup.counted_twice", "rollup.counted_twice"]);
  });

  it("still leaves out a year's summary with its units' second rounds: both count the second half", async () => {
    const d1 = units.slice(0, 2);
    const second = ["U1", "U2"].map((code, i) => round(code, "2025-D2", 100 * (i + 1)));
    const year = await districtSummary("H96", [...d1, ...second], YEAR);
    const summary = rollup([year, ...second], { period: YEAR });
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["tong-hop-H96.xlsx", "rollup.counted_twice"],
    ]);
  });

  it("is left out where it holds units the list counts on their own, its unit's own report counted (round 21)", async () => {
    // K01's summary of U1 and U2, listed units of the province like K01: counted, it took the place of
    // K01's own report, scored K01 on their figures and left U1 and U2 "missing".
    const k01 = await districtSummary("K01", units.slice(0, 2));
    const own = round("K01", "2025-D1", 100);
    const listed = ["K01", "U1", "U2", "U3"].map((code) => unit(code));
    const summary = rollup([k01, own, units[2]!], { period: D1, campaign: testCampaign({}, listed) });
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["tong-hop-K01.xlsx", "rollup.holds_listed_units"],
    ]);
    expect(summary.rejected[0]!.reason.en).toContain("holding U1, U2 as well");
    expect(summary.duplicates).toEqual([]);
    expect(totalMembers(summary)).toBe(5 * 100 + 5 * 300);
    expect(summary.missing.map((u) => u.code)).toEqual(["U1", "U2"]);
    // Without a list, the summary of units none of the files holds is the district's report, as before.
    expect(rollup([k01, units[2]!], { period: D1 }).rejected).toEqual([]);
  });

  it("is counted where the units it holds are listed on their own only for days it does not cover (round 21's review)", async () => {
    // U1 reports Đợt 1 itself and is listed until 30/06; from 01/07 it is one of the new K02's unions.
    const k02 = await districtSummary(
      "K02",
      ["U1", "U2"].map((code, i) => round(code, "2025-D2", 100 * (i + 1))),
      parsePeriod("2025-D2")!,
    );
    const listed = [
      { ...unit("U1"), validTo: "2025-06-30" },
      { ...unit("K02"), validFrom: "2025-07-01" },
    ];
    const summary = rollup([units[0]!, k02], { period: YEAR, campaign: testCampaign({}, listed) });
    expect(summary.rejected).toEqual([]);
    expect(summary.units.map((u) => [u.unit.code, u.status])).toEqual([
      ["K02", "ok"],
      ["U1", "ok"],
    ]);
  });

  it("is combined with the same district's other round: a unit's rounds never overlap each other", async () => {
    const first = await districtSummary("H99", units.slice(0, 2));
    const second = await districtSummary(
      "H99",
      ["U1", "U2"].map((code, i) => round(code, "2025-D2", 100 * (i + 1))),
      parsePeriod("2025-D2")!,
    );
    const summary = rollup([first, second], { period: YEAR });
    expect(summary.rejected).toEqual([]);
    expect(totalMembers(summary)).toBe(5 * 300);
  });
});

/** A campaign whose summarising unit (TD_Parent) is `owner`, listing `codes` (none: no list). */
const campaignOf = (owner: string, codes: readonly string[] = []): Campaign => ({
  ...testCampaign(
    {},
    codes.map((code) => unit(code)),
  ),
  parent: { code: owner, name: `Liên đoàn Lao động ${owner}` },
});

describe("summaries of campaigns that code their units each its own way", () => {
  // Each province picks its units' codes: X01 of T01 and X01 of T02 are two communes' unions.
  const t01Units = [round("X01", "2025-D1", 100), round("P01", "2025-D1", 200)];
  const t02Units = [round("X01", "2025-D1", 300), round("K01", "2025-D1", 400)];
  const provinces = () =>
    Promise.all([
      districtSummary("T01", t01Units, D1, campaignOf("T01", ["X01", "P01"])),
      districtSummary("T02", t02Units, D1, campaignOf("T02", ["X01", "K01"])),
    ]);
  const nation = { code: "TLD", name: "Tổng Liên đoàn Lao động Việt Nam", kind: "federation" as const };

  it("counts two provinces' summaries that both hold a unit coded X01", async () => {
    // Both were refused as counting X01 twice: the level above lost both provinces.
    const received = await provinces();
    expect(received.map((s) => ("extraction" in s ? s.extraction.report!.rollupCampaign : s))).toEqual([
      "T01",
      "T02",
    ]);
    const summary = rollup(received, { period: D1, parent: nation });
    expect(summary.rejected).toEqual([]);
    expect(summary.units.map((u) => u.unit.code)).toEqual(["T01", "T02"]);
    expect(totalMembers(summary)).toBe(5 * (100 + 200 + 300 + 400));
  });

  it("refuses them where the provinces' campaigns leave TD_Parent empty, saying how to tell their codes apart", async () => {
    // Whose X01 each is, nothing says: counted, they could be one union twice (two districts rolled up with
    // the province's campaign, TD_Parent empty, sharing a union, below). Refused, staff are told what to fill.
    const unnamed = (owner: string, codes: readonly string[]): Campaign => ({
      ...campaignOf(owner, codes),
      parent: undefined,
    });
    const received = await Promise.all([
      districtSummary("T01", t01Units, D1, unnamed("T01", ["X01", "P01"])),
      districtSummary("T02", t02Units, D1, unnamed("T02", ["X01", "K01"])),
    ]);
    const summary = rollup(received, { period: D1, parent: nation });
    expect(summary.rejected.map((r) => r.rule)).toEqual(["rollup.counted_twice", "rollup.counted_twice"]);
    expect(summary.rejected[0]!.reason.en).toContain(
      "If these are different units sharing a code (each province codes its own units), ask each to fill the " +
        "summarising unit's code and name in table TD_Parent of its campaign workbook",
    );
    expect(summary.rejected[0]!.reason.vi).toContain("bảng TD_Parent của sổ kế hoạch");
  });

  it("refuses districts' summaries made with the province's campaign left without TD_Parent that share unions", async () => {
    const units = ["U1", "U2", "U3", "U4"].map((code, i) => round(code, "2025-D1", 100 * (i + 1)));
    const listing = { ...campaignOf("T01", ["U1", "U2", "U3", "U4"]), parent: undefined };
    const listed = await Promise.all([
      districtSummary("H98", units.slice(0, 3), D1, listing),
      districtSummary("H97", units.slice(1, 4), D1, listing),
    ]);
    const shared = rollup(listed, { period: D1, parent: { ...unit("T01"), kind: "federation" } });
    expect(shared.rejected.map((r) => [r.source.name, r.rule]).sort()).toEqual([
      ["tong-hop-H97.xlsx", "rollup.counted_twice"],
      ["tong-hop-H98.xlsx", "rollup.counted_twice"],
    ]);
  });

  it("holds them to the national level's own units whichever campaign they name: a code both hold is refused, never counted twice", async () => {
    // The national list's X01 (a sector union of its own) may or may not be a province's X01: refused
    // loudly, staff see which unit and files, where a union counted twice would go unseen.
    const own = round("X01", "2025-D1", 500);
    const listed = rollup([...(await provinces()), own], {
      period: D1,
      campaign: campaignOf("TLD", ["T01", "T02", "X01"]),
    });
    expect(listed.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["tong-hop-T01.xlsx", "rollup.holds_listed_units"],
      ["tong-hop-T02.xlsx", "rollup.holds_listed_units"],
    ]);
    const unlisted = rollup([...(await provinces()), own], { period: D1, parent: nation });
    expect(unlisted.rejected.map((r) => r.rule)).toEqual(["rollup.counted_twice", "rollup.counted_twice"]);
  });

  it("leaves out a district's summary made with a campaign of its own that holds a union the province received", async () => {
    // H01 summed U1 and U2 with its own campaign (its TD_Parent, H01); U1 also sent its own report.
    const units = [round("U1", "2025-D1", 100), round("U2", "2025-D1", 200)];
    const h01 = await districtSummary("H01", units, D1, campaignOf("H01", ["U1", "U2"]));
    expect("extraction" in h01 && h01.extraction.report!.rollupCampaign).toBe("H01");
    const twice = rollup([h01, units[0]!], { period: D1, parent: { ...unit("T01"), kind: "federation" } });
    expect(twice.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["tong-hop-H01.xlsx", "rollup.counted_twice"],
    ]);
    expect(totalMembers(twice)).toBe(5 * 100);
    // The units the province lists on their own, summed by K01 with its own campaign (round 21).
    const listed = rollup([h01], { period: D1, campaign: campaignOf("T01", ["H01", "U1", "U2"]) });
    expect(listed.rejected.map((r) => r.rule)).toEqual(["rollup.holds_listed_units"]);
  });

  it("keeps the campaign of its codes when a province's rounds are combined", async () => {
    const t01 = campaignOf("T01", ["X01"]);
    const rounds = await Promise.all(
      (["2025-D1", "2025-D2"] as const).map((id) =>
        districtSummary("T01", [round("X01", id, 100)], parsePeriod(id)!, t01),
      ),
    );
    const reports = rounds.map((s) => ("extraction" in s ? s.extraction.report! : null)!);
    expect(combineRounds(reports, YEAR, YEAR).rollupCampaign).toBe("T01");
  });

  it("still leaves out districts' summaries made with the province's campaign that share a union", async () => {
    // H98 and H97 sum their own unions with the province's campaign (its TD_Parent, T01): one namespace.
    const province = campaignOf("T01");
    const units = ["U1", "U2", "U3", "U4"].map((code, i) => round(code, "2025-D1", 100 * (i + 1)));
    const h98 = await districtSummary("H98", units.slice(0, 3), D1, province);
    const h97 = await districtSummary("H97", units.slice(1, 4), D1, province);
    const twice = rollup([h98, h97], { period: D1, campaign: province });
    expect(twice.rejected.map((r) => [r.source.name, r.rule]).sort()).toEqual([
      ["tong-hop-H97.xlsx", "rollup.counted_twice"],
      ["tong-hop-H98.xlsx", "rollup.counted_twice"],
    ]);
    // A union's own report sent to the province beside its district's summary, under a typed code too.
    const own = rollup([h97, units[1]!], { period: D1, parent: { ...unit("T01"), kind: "federation" } });
    expect(own.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["tong-hop-H97.xlsx", "rollup.counted_twice"],
    ]);
    // PO1 in a district's summary reads as P01's own report.
    const h95 = await districtSummary("H95", [round("PO1", "2025-D1", 100)], D1, province);
    const alike = rollup([h95, round("P01", "2025-D1", 100)], { period: D1, campaign: province });
    expect(alike.rejected.map((r) => r.rule)).toEqual(["rollup.counted_twice"]);
  });
});

describe("a report that says it is a summary", () => {
  const source = {
    unit: unit("X01"),
    period: D1,
    templates: ["B02" as const],
    targets: defaultTargets(["B02"]),
    rollupUnits: ["U1", "U2"],
  };
  const inputs = consistentFills(["B02"], 5);
  // The closing stocks a unit's own report of those inputs computes, given as a summary gives them.
  const own = extract(gridFromPlan(layoutReport({ ...source, rollupUnits: undefined }), { fills: inputs }));
  const closings = Object.fromEntries(
    ["public_sector", "state", "private", "fdi", "other"].flatMap((row) =>
      ["members_end", "unions_end"].map((col) => [
        `TD_B02_${row}_${col}`,
        own.report!.forms.B02![row]![col] ?? null,
      ]),
    ),
  );
  const filled = (fills: Record<string, number | string | null>) =>
    extract(gridFromPlan(layoutReport(source), { fills: { ...inputs, ...closings, ...fills } }));
  const rules = (fills: Record<string, number | string | null>) => validate(filled(fills));

  it("must list as many units as it says, each once, never its own", () => {
    expect(rules({})).not.toContainEqual(expect.objectContaining({ rule: "identity.rollup_units" }));
    const forgeries: Record<string, string | null>[] = [
      { TD_META_rollup_units: "3" },
      { TD_META_rollup_unit_codes: "U1,U1" },
      { TD_META_rollup_unit_codes: "U1,X01" },
      { TD_META_rollup_unit_codes: "U1,a b" },
      { TD_META_rollup_unit_codes: null },
    ];
    for (const forged of forgeries) {
      const found = rules(forged).filter((f) => f.rule === "identity.rollup_units");
      expect([forged, found.map((f) => [f.severity, f.sheet, f.cell])]).toEqual([
        forged,
        [["error", "TD_META", expect.stringMatching(/^B\d+$/)]],
      ]);
    }
  });

  it("is no summary when its list is broken: a figure typed over a closing formula is then an error", () => {
    const forged = extract(
      gridFromPlan(layoutReport(source), {
        fills: { TD_META_rollup_units: "1", TD_B02_state_members_end: 50_000 },
      }),
    );
    expect(forged.report!.rollupUnits).toBeUndefined();
    expect(forged.report!.forms.B02!.state!.members_end).toBeNull();
    expect(validate(forged).map((f) => f.rule)).toContain("cell.formula_tampered");
  });

  it("gives whole, non-negative closing figures, and a blank one is said and listed as unreported", () => {
    const found = rules({ TD_B02_state_members_end: -700.5, TD_B02_fdi_members_end: 0.25 });
    expect(found.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(
      expect.arrayContaining(["cell.negative", "cell.fraction"]),
    );
    const blank = rules({ TD_B02_private_members_end: null });
    expect(blank.map((f) => f.rule)).toContain("cell.blank");

    const report = filled({ TD_B02_private_members_end: null });
    const summary = rollup([{ source: { name: "x01.xlsx", sha256: "x01" }, extraction: report }], {
      period: D1,
    });
    expect(summary.unreported).toContainEqual(
      expect.objectContaining({ template: "B02", row: "private", col: "members_end", units: ["X01"] }),
    );
  });
});
