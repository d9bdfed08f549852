import { cellName, layoutSummary, parsePeriod, rollup, type Submission } from "../../../src/core";
import { consistentFills, PERIOD_2025_D1, submission, testCampaign, unit } from "../../support/reports";

const withFills = (code: string, fills: Record<string, number>, templates = ["B01"] as const) => ({
  unit: unit(code),
  templates,
  fills: { ...consistentFills(templates, code.charCodeAt(1) * 31), ...fills },
});

describe("rollup", () => {
  it("sums counts and recomputes ratios as Σ numerators ÷ Σ denominators, never the mean of ratios", () => {
    const a = submission(
      withFills("P01", {
        TD_B01_private_enterprises_with_union: 100,
        TD_B01_private_cla_signed: 90,
        TD_B01_private_grade_a: 90,
        TD_B01_private_grade_b: 0,
        TD_B01_private_grade_c: 0,
        TD_B01_private_grade_d: 0,
        TD_B01_private_ungraded: 0,
      }),
      "a.xlsx",
    );
    const b = submission(
      withFills("P02", {
        TD_B01_private_enterprises_with_union: 10,
        TD_B01_private_cla_signed: 1,
        TD_B01_private_grade_a: 1,
        TD_B01_private_grade_b: 0,
        TD_B01_private_grade_c: 0,
        TD_B01_private_grade_d: 0,
        TD_B01_private_ungraded: 0,
      }),
      "b.xlsx",
    );
    const summary = rollup([a, b]);
    const total = summary.total.forms.B01!;
    expect(total.private!.enterprises_with_union).toBe(110);
    expect(total.private!.cla_rate).toBeCloseTo(91 / 110, 12);
    expect(total.private!.cla_rate).not.toBeCloseTo((0.9 + 0.1) / 2, 3);
    expect(summary.units.map((u) => u.unit.code)).toEqual(["P01", "P02"]);
    expect(summary.units[0]!.sources[0]).toMatchObject({ name: "a.xlsx", sha256: "sha-a.xlsx" });
  });

  it("keeps the newest of two reports from one unit and lists both", () => {
    const older = submission(
      withFills("P01", { TD_B01_state_enterprises_with_union: 500 }),
      "old.xlsx",
      "2025-07-01T00:00:00Z",
    );
    const newer = submission(
      withFills("P01", { TD_B01_state_enterprises_with_union: 600 }),
      "new.xlsx",
      "2025-07-03T00:00:00Z",
    );
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const summary = rollup(order);
      expect(summary.units).toHaveLength(1);
      expect(summary.total.forms.B01!.state!.enterprises_with_union).toBe(600);
      expect(summary.duplicates).toEqual([
        {
          unitCode: "P01",
          periodId: "2025-D1",
          periodLabel: PERIOD_2025_D1.label,
          kept: newer.source,
          dropped: [older.source],
        },
      ]);
      // Báo cáo trùng names the period as every other sheet does: "2025-D1" is said nowhere else. Its
      // headings print on every page it runs onto (above Tình trạng nộp's list of units, on the first alone);
      // Tình trạng nộp says where it is.
      const sheets = layoutSummary(summary).sheets;
      const listed = sheets.find((s) => s.name === "Báo cáo trùng")!;
      const kept = listed.cells.find((c) => c.value === "new.xlsx")!;
      const row = listed.cells.filter((c) => c.row === kept.row).map((c) => c.value);
      expect(row).toEqual([1, "P01", "new.xlsx", "Đợt 1 năm 2025 (01/01/2025 – 30/6/2025)", "old.xlsx"]);
      expect(listed.print!.repeatRows).toEqual({ top: kept.row - 1, bottom: kept.row - 1 });
      const status = sheets.find((s) => s.name === "Tình trạng nộp")!;
      const title = status.cells.find((c) => c.value === "Báo cáo trùng / Duplicate submissions")!;
      expect(status.cells.find((c) => c.row === title.row + 1)!.value).toBe(
        "1 đơn vị gửi trùng, ở trang Báo cáo trùng / 1 unit(s) sent more than once, on sheet Duplicate submissions",
      );
      expect(status.cells.some((c) => c.value === "old.xlsx")).toBe(false);
    }
  });

  it("refuses two reports whose unit codes read alike without a list of units, counting neither (round 21)", () => {
    const real = submission(withFills("P01", {}), "P01.xlsx");
    const copy = submission(withFills("PO1", {}), "P01-gui-lai.xlsx");
    const other = submission(withFills("P03", {}), "P03.xlsx");
    const summary = rollup([real, copy, other]);
    expect(summary.units.map((u) => u.unit.code)).toEqual(["P03"]);
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["P01-gui-lai.xlsx", "rollup.lookalike_code"],
      ["P01.xlsx", "rollup.lookalike_code"],
    ]);
    expect(summary.rejected.find((r) => r.source.name === "P01.xlsx")!.reason.en).toContain(
      "Unit code P01 reads like PO1 of file P01-gui-lai.xlsx",
    );
    // Capital I and the digit 1 read alike; L and 1, or RN and M, do not in capitals.
    const [pi, p1] = [submission(withFills("PI", {}), "PI.xlsx"), submission(withFills("P1", {}), "P1.xlsx")];
    expect(rollup([pi, p1]).rejected.map((r) => r.rule)).toEqual([
      "rollup.lookalike_code",
      "rollup.lookalike_code",
    ]);
    const [l01, c101, rn, m] = ["L01", "101", "RN01", "M01"].map((code) =>
      submission(withFills(code, {}), `${code}.xlsx`),
    );
    expect(rollup([l01!, c101!, rn!, m!]).rejected).toEqual([]);
    // A list of units names each unit once: the code it lacks is refused, the listed one counted.
    const listed = rollup([real, copy], { campaign: testCampaign({}, [{ ...unit("P01") }]) });
    expect(listed.units.map((u) => u.unit.code)).toEqual(["P01"]);
    expect(listed.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["P01-gui-lai.xlsx", "rollup.unit_not_expected"],
    ]);
  });

  it("does not let a save time after the file's arrival win a duplicate", () => {
    const arrived = (sub: Submission, modifiedAt: string, receivedAt: string): Submission => ({
      ...sub,
      source: { ...sub.source, modifiedAt, receivedAt },
    });
    const fill = (value: number) => withFills("P01", { TD_B01_state_enterprises_with_union: value });
    const genuine = arrived(
      submission(fill(600), "p01.xlsx"),
      "2025-07-03T00:00:00Z",
      "2025-07-03T01:00:00Z",
    );
    // Copied in the day before, claiming to have been saved in 2099.
    const forged = arrived(
      submission(fill(999), "copy.xlsx"),
      "2099-01-01T00:00:00Z",
      "2025-07-01T00:00:00Z",
    );
    for (const order of [
      [genuine, forged],
      [forged, genuine],
    ]) {
      const summary = rollup(order);
      expect(summary.total.forms.B01!.state!.enterprises_with_union).toBe(600);
      expect(summary.duplicates.map((d) => [d.kept.name, d.dropped.map((f) => f.name)])).toEqual([
        ["p01.xlsx", ["copy.xlsx"]],
      ]);
    }
  });

  // Red team, round 57: the unit's corrected file refused, its older one counted with nothing said.
  it("warns where a unit's newer file is refused and its older one counted, and not the other way round", () => {
    const older = submission(
      withFills("P01", { TD_B01_state_enterprises_with_union: 500 }),
      "p01.xlsx",
      "2025-07-01T00:00:00Z",
    );
    const newerBad = submission(
      withFills("P01", { TD_B01_state_cla_signed: 10_000 }),
      "p01-moi.xlsx",
      "2025-07-04T00:00:00Z",
    );
    const warned = (subs: Submission[]) =>
      rollup(subs)
        .units.flatMap((u) => u.warnings)
        .filter((w) => w.rule === "rollup.newer_refused")
        .map((w) => w.message_en);
    const summary = rollup([older, newerBad]);
    expect(summary.rejected.map((r) => r.source.name)).toEqual(["p01-moi.xlsx"]);
    expect(summary.total.forms.B01!.state!.enterprises_with_union).toBe(500);
    expect(warned([older, newerBad])).toEqual([expect.stringContaining("p01-moi.xlsx")]);
    const olderBad = submission(
      withFills("P01", { TD_B01_state_cla_signed: 10_000 }),
      "p01-cu.xlsx",
      "2025-06-20T00:00:00Z",
    );
    expect(warned([older, olderBad])).toEqual([]);
  });

  it("rejects invalid files, wrong periods and units not in the list, each with its reason", () => {
    const bad = submission(withFills("P01", { TD_B01_state_cla_signed: 10_000 }), "bad.xlsx");
    const late = submission({ ...withFills("P02", {}), period: parsePeriod("2024-D2")! }, "old-period.xlsx");
    const stranger = submission(withFills("X99", {}), "stranger.xlsx");
    const good = submission(withFills("P03", {}), "good.xlsx");
    const unreadable: Submission = {
      source: { name: "junk.xlsx", sha256: "x" },
      unreadable: { vi: "Tệp hỏng", en: "Corrupt" },
    };
    const summary = rollup([bad, late, stranger, good, unreadable], {
      period: PERIOD_2025_D1,
      expectedUnits: ["P01", "P02", "P03", "P04"].map((c) => unit(c)),
    });
    expect(summary.units.map((u) => u.unit.code)).toEqual(["P03"]);
    expect(summary.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["bad.xlsx", "B01.cla_signed_le_enterprises"],
      ["junk.xlsx", "file.unreadable"],
      ["old-period.xlsx", "rollup.wrong_period"],
      ["stranger.xlsx", "rollup.unit_not_expected"],
    ]);
    expect(summary.rejected[2]!.reason.vi).toContain("Đợt 2 năm 2024");
    expect(summary.expected!.map((e) => [e.unit.code, e.status])).toEqual([
      ["P01", "rejected"],
      ["P02", "rejected"],
      ["P03", "received"],
      ["P04", "missing"],
    ]);
    expect(summary.missing.map((u) => u.code)).toEqual(["P01", "P02", "P04"]);
  });

  it("does not expect units outside their dates of validity", () => {
    const summary = rollup([submission(withFills("P01", {}), "a.xlsx")], {
      period: PERIOD_2025_D1,
      expectedUnits: [unit("P01"), { ...unit("H01"), validTo: "2024-12-31" }],
    });
    expect(summary.expected!.map((e) => e.unit.code)).toEqual(["P01"]);
  });

  it("combines a unit's rounds into a year by flow and stock", () => {
    const year = parsePeriod("2025")!;
    const name = (row: string, col: string) => cellName("B02", row, col);
    const round = (
      period: string,
      start: number,
      admitted: number,
      left: number,
      workers: number,
      [movedIn, movedOut]: [number, number],
    ) =>
      submission(
        {
          ...withFills(
            "P01",
            {
              [name("state", "members_start")]: start,
              [name("state", "members_admitted")]: admitted,
              [name("state", "members_left")]: left,
              [name("state", "members_transferred_in")]: movedIn,
              [name("state", "members_transferred_out")]: movedOut,
              [name("state", "workers")]: workers,
              [name("state", "members_female")]: 10,
            },
            ["B02"] as never,
          ),
          period: parsePeriod(period)!,
          targets: { B02_members_admitted: 30, B02_unions_founded: 1 },
        },
        `${period}.xlsx`,
      );
    const summary = rollup(
      [round("2025-D2", 320, 40, 5, 900, [6, 1]), round("2025-D1", 300, 30, 10, 800, [4, 2])],
      { period: year, campaign: testCampaign({ P01: { B02_members_admitted: 100 } }) },
    );
    const state = summary.units[0]!.report.forms.B02!.state!;
    expect(state.members_start).toBe(300);
    expect(state.members_admitted).toBe(70);
    expect(state.members_left).toBe(15);
    expect([state.members_transferred_in, state.members_transferred_out]).toEqual([10, 3]);
    expect(state.workers).toBe(900);
    // The year closes with Đợt 2's own closing figure, not Đợt 1's opening plus the year's flows.
    expect(state.members_end).toBe(320 + 40 + 6 - 5 - 1);
    expect(summary.units[0]!.report.targets.B02_members_admitted).toBe(100);
    expect(summary.units[0]!.sources.map((s) => s.name)).toEqual(["2025-D1.xlsx", "2025-D2.xlsx"]);
  });

  it("rates attainment per unit and in total, and ranks units by targets met", () => {
    const subs = [
      submission(
        withFills(
          "P01",
          {
            TD_B04_mai_am_built_value: 0,
            TD_B04_mai_am_repaired_value: 0,
            TD_B04_grassroots_unions_value: 10,
            TD_B04_party_procedure_unions_value: 5,
          },
          ["B04"] as never,
        ),
        "p1.xlsx",
      ),
      submission(
        withFills(
          "P02",
          {
            TD_B04_mai_am_built_value: 3,
            TD_B04_grassroots_unions_value: 10,
            TD_B04_party_procedure_unions_value: 10,
          },
          ["B04"] as never,
        ),
        "p2.xlsx",
      ),
    ];
    const summary = rollup(subs);
    const met = (code: string, key: string) =>
      summary.units.find((u) => u.unit.code === code)!.attainment.find((a) => a.key === key)!.met;
    expect(met("P01", "B04_mai_am_total")).toBe(false);
    expect(met("P02", "B04_mai_am_total")).toBe(true);
    expect(met("P01", "B04_party_procedure_rate")).toBe(false);
    expect(met("P02", "B04_party_procedure_rate")).toBe(true);
    expect(summary.units.find((u) => u.unit.code === "P02")!.rank).toBe(1);
    expect(summary.units.find((u) => u.unit.code === "P01")!.rank).toBe(2);
    expect(summary.total.targets.B04_mai_am_total).toBe(2);
    expect(summary.totalAttainment.find((a) => a.key === "B04_party_procedure_rate")).toMatchObject({
      result: 15 / 20,
      target: 1,
      met: false,
    });
  });
});
