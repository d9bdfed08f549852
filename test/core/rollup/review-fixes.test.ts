import {
  extract,
  parsePeriod,
  parsePlannedTarget,
  parseTargetValue,
  rollup,
  validate,
  type Finding,
} from "../../../src/core";
import { consistentFills, reportGrid, submission, testCampaign, unit } from "../../support/reports";

const rules = (findings: readonly Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => f.rule);

describe("targets as people write them", () => {
  it.each([
    ["70%", "ratio", 0.7],
    ["0,7", "ratio", 0.7],
    ["70", "ratio", 0.7],
    ["1", "ratio", 1],
    ["150", "count", 150],
    ["1.000", "count", null],
    ["2.5", "count", null],
    ["bảy mươi", "ratio", null],
    ["ít nhất 01", "count", null],
  ] as const)("%s as a %s is %p", (text, kind, value) => {
    expect(parseTargetValue(text, kind)).toBe(value);
  });

  // As plans word a minimum (seed 001: "xây mới, sửa chữa ít nhất 01 nhà Mái ấm công đoàn"): every target is
  // one, met at the figure or above. Staff's plan only: a report's own targets stay the product's figures.
  it.each([
    ["ít nhất 01", "count", 1],
    ["Ít nhất  70%", "ratio", 0.7],
    ["tối thiểu 2", "count", 2],
    ["70%", "ratio", 0.7],
    ["it nhat 1", "count", null],
    ["nhiều nhất 1", "count", null],
  ] as const)("%s in a plan, as a %s, is %p", (text, kind, value) => {
    expect(parsePlannedTarget(text, kind)).toBe(value);
  });
});

describe("validation of damaged reports", () => {
  it("still checks the figures when the metadata is wrong", () => {
    const grid = reportGrid({
      unit: unit("P01"),
      templates: ["B01"],
      fills: { ...consistentFills(["B01"], 1), TD_B01_state_cla_signed: 9_999 },
    });
    const meta = grid.sheets.find((s) => s.name === "TD_META")!.cells as Map<
      string,
      { value?: { value: unknown } }
    >;
    const periodRow = [...meta].find(([, c]) => c.value?.value === "period")![0].slice(1);
    meta.set(`B${periodRow}`, { value: { type: "string", value: "2025 D9" } } as never);
    expect(rules(validate(extract(grid)))).toEqual(
      expect.arrayContaining(["identity.bad_period", "B01.cla_signed_le_enterprises"]),
    );
  });

  it("reports a number stored as text once, without rule errors that read it as 0", () => {
    const fills = { ...consistentFills(["B01"], 2), TD_B01_state_cla_signed: "5" };
    expect(rules(validate(extract(reportGrid({ unit: unit("P01"), templates: ["B01"], fills }))))).toEqual([
      "cell.text_number",
    ]);
  });

  it("refuses figures too large to add up", () => {
    const fills = { ...consistentFills(["B03"], 3), TD_B03_union_dues_collected: 1.7e308 };
    expect(rules(validate(extract(reportGrid({ unit: unit("P01"), templates: ["B03"], fills }))))).toContain(
      "cell.too_large",
    );
  });

  it("refuses a parent code that is not a unit code, and cuts long quoted text short", () => {
    const fills = { ...consistentFills(["B03"], 4), TD_B03_union_dues_budget: `1${"0".repeat(500)} đồng` };
    const findings = validate(
      extract(
        reportGrid({ unit: { code: "P01", name: "X", parentCode: "=1+1" }, templates: ["B03"], fills }),
      ),
    );
    expect(rules(findings)).toEqual(expect.arrayContaining(["identity.bad_parent_code", "cell.not_number"]));
    expect(findings.find((f) => f.rule === "cell.not_number")!.message_vi.length).toBeLessThan(300);
  });
});

describe("roll-up of incomplete reports", () => {
  const year = parsePeriod("2025")!;
  const b02 = (
    code: string,
    period: string,
    fills: Record<string, number | null>,
    targets = { B02_members_admitted: 50, B02_unions_founded: 1 },
  ) =>
    submission(
      {
        unit: unit(code),
        templates: ["B02"],
        period: parsePeriod(period)!,
        targets,
        // Opening figures set by hand: nothing leaves, no women counted, workers beyond any end.
        fills: {
          ...consistentFills(["B02"], 9),
          TD_B02_state_members_left: 0,
          TD_B02_state_members_transferred_out: 0,
          TD_B02_state_members_female: 0,
          TD_B02_state_workers: 10_000,
          ...fills,
        },
      },
      `${code}-${period}.xlsx`,
    );

  it("never borrows a stock from another round; a listed unit missing a round is partial, its stocks blank", () => {
    const files = [
      b02("P01", "2025-D1", { TD_B02_state_members_start: 300, TD_B02_state_workers: 8000 }),
      b02("P01", "2025-D2", { TD_B02_state_members_start: 320, TD_B02_state_workers: null }),
      b02("P02", "2025-D2", {}),
    ];
    const listed = rollup(files, { period: year, expectedUnits: [unit("P01"), unit("P02")] });
    const [p1, p2] = listed.units;
    // A required stock left blank refuses its round; the first round's stock is never taken for the year's.
    expect(listed.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["P01-2025-D2.xlsx", "cell.required_blank"],
    ]);
    expect(p1!.status).toBe("partial");
    expect(p1!.report.forms.B02!.state!.workers).toBeNull();
    expect(p1!.report.forms.B02!.state!.members_start).toBe(300);
    expect(p2!.status).toBe("partial");
    expect(p2!.gaps).toEqual([{ start: "2025-01-01", end: "2025-06-30" }]);
    expect(p2!.report.forms.B02!.state!.members_start).toBeNull();
    expect(listed.unreported).toEqual(
      expect.arrayContaining([{ template: "B02", row: "state", col: "workers", units: ["P01"] }]),
    );
    const unlisted = rollup(files, { period: year });
    expect(unlisted.units[1]!.status).toBe("ok");
    const p2Opening =
      "extraction" in files[2]! ? files[2].extraction.report!.forms.B02!.state!.members_start : 0;
    expect(p2Opening).toBeGreaterThan(0);
    expect(unlisted.units[1]!.report.forms.B02!.state!.members_start).toBe(p2Opening);
  });

  it("leaves a summed target unknown when a unit was assigned none", () => {
    const campaign = testCampaign({
      P01: { B02_members_admitted: 50, B02_unions_founded: 1 },
      P02: { B02_unions_founded: 1 },
    });
    const summary = rollup([b02("P01", "2025-D1", {}), b02("P02", "2025-D1", {})], { campaign });
    expect(summary.total.targets.B02_members_admitted).toBeNull();
    expect(summary.total.targets.B02_unions_founded).toBe(2);
  });

  it("takes a target as the campaign's plan, the same for a round and the whole year", () => {
    const report = extract(reportGrid({ unit: unit("P01"), templates: ["B04"], period: year })).report!;
    expect(report.targets.B04_mai_am_total).toBe(1);
  });

  it("ignores a parent code the units do not agree on or that is not valid", () => {
    const a = submission({ unit: { ...unit("P01"), parentCode: "=1+1" }, templates: ["B03"] }, "a.xlsx");
    expect(rollup([a], { period: parsePeriod("2025-D1")! }).rejected.map((r) => r.rule)).toEqual([
      "identity.bad_parent_code",
    ]);
    const b = submission({ unit: { ...unit("P02"), parentCode: "t01" }, templates: ["B03"] }, "b.xlsx");
    const c = submission({ unit: { ...unit("P03"), parentCode: "T01" }, templates: ["B03"] }, "c.xlsx");
    expect(rollup([b, c]).parent.code).toBe("t01");
  });
});
