import fc from "fast-check";
import {
  addDays,
  computeForm,
  daysBetween,
  formCells,
  getTemplate,
  parsePeriod,
  rollup,
  type Period,
  type Report,
  type Submission,
  type TemplateId,
} from "../../../src/core";
import { submission, unit } from "../../support/reports";

/**
 * A unit's activity month by month, from which any report of any span can be written the way a unit
 * would fill it: opening stocks at the span's start, flows over the span, closing stocks at its end,
 * the year's budget as planned.
 */
interface Activity {
  readonly opening: readonly { members: number; unions: number }[];
  /** Per month, per sector row. */
  readonly months: readonly {
    readonly admitted: number;
    readonly left: number;
    readonly inflow: number;
    readonly founded: number;
    readonly dissolved: number;
    readonly collected: number;
  }[][];
  readonly budget: number;
  readonly extraWorkers: number;
}

const ROWS = ["public_sector", "state", "private", "fdi", "other"] as const;
const TEMPLATES: readonly TemplateId[] = ["B02", "B03"];
const YEAR: Period = parsePeriod("2025")!;

const monthStart = (m: number) => `2025-${String(m + 1).padStart(2, "0")}-01`;
const monthEnd = (m: number) => (m === 11 ? "2025-12-31" : addDays(monthStart(m + 1), -1));

const activity: fc.Arbitrary<Activity> = fc.record({
  opening: fc.array(
    fc.record({ members: fc.integer({ min: 0, max: 5000 }), unions: fc.integer({ min: 0, max: 40 }) }),
    { minLength: 5, maxLength: 5 },
  ),
  months: fc.array(
    fc.array(
      fc
        .record({
          admitted: fc.integer({ min: 0, max: 300 }),
          left: fc.integer({ min: 0, max: 300 }),
          inflow: fc.integer({ min: 0, max: 50 }),
          founded: fc.integer({ min: 0, max: 3 }),
          dissolved: fc.integer({ min: 0, max: 3 }),
          collected: fc.integer({ min: 0, max: 50_000_000 }),
        })
        // Members who leave are at most those admitted that month, so no balance ever goes negative.
        .map((m) => ({
          ...m,
          left: Math.min(m.left, m.admitted),
          dissolved: Math.min(m.dissolved, m.founded),
        })),
      { minLength: 5, maxLength: 5 },
    ),
    { minLength: 12, maxLength: 12 },
  ),
  budget: fc.integer({ min: 1, max: 900_000_000 }),
  extraWorkers: fc.integer({ min: 0, max: 2000 }),
});

/** The figures of a report covering months [from, to] (inclusive), keyed by defined name. */
function fillsFor(a: Activity, from: number, to: number): Record<string, number> {
  const fills: Record<string, number> = {};
  const name = (row: string, col: string) => `TD_B02_${row}_${col}`;
  ROWS.forEach((row, r) => {
    const balance = (months: number) =>
      a.opening[r]!.members +
      a.months.slice(0, months).reduce((s, m) => s + m[r]!.admitted + m[r]!.inflow - m[r]!.left, 0);
    const unions = (months: number) =>
      a.opening[r]!.unions +
      a.months.slice(0, months).reduce((s, m) => s + m[r]!.founded - m[r]!.dissolved, 0);
    const span = a.months.slice(from, to + 1).map((m) => m[r]!);
    const sum = (key: keyof (typeof span)[number]) => span.reduce((s, m) => s + m[key], 0);
    fills[name(row, "members_start")] = balance(from);
    fills[name(row, "members_admitted")] = sum("admitted");
    fills[name(row, "members_transferred_in")] = sum("inflow");
    fills[name(row, "members_left")] = sum("left");
    fills[name(row, "unions_start")] = unions(from);
    fills[name(row, "unions_founded")] = sum("founded");
    fills[name(row, "unions_dissolved")] = sum("dissolved");
    const closing = balance(to + 1);
    fills[name(row, "workers")] = closing + a.extraWorkers;
    fills[name(row, "members_female")] = Math.floor(closing / 3);
  });
  fills.TD_B03_union_funding_budget = a.budget;
  fills.TD_B03_union_dues_budget = Math.floor(a.budget / 10);
  const collected = (share: (x: number) => number) =>
    a.months.slice(from, to + 1).reduce((s, m) => s + m.reduce((t, x) => t + share(x.collected), 0), 0);
  fills.TD_B03_union_funding_collected = collected((x) => x);
  fills.TD_B03_union_dues_collected = collected((x) => Math.floor(x / 20));
  return fills;
}

function report(
  a: Activity,
  period: Period,
  from: number,
  to: number,
  file: string,
  older = false,
): Submission {
  const spec = { unit: unit("P01"), templates: TEMPLATES, period, fills: fillsFor(a, from, to) };
  return submission(older ? { ...spec, olderBasis: true } : spec, file);
}

/** Round boundaries: the months at which a new round starts after the unit's first month. */
const split = fc
  .record({
    first: fc.integer({ min: 0, max: 11 }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { maxLength: 5 }),
  })
  .map(({ first, cuts }) => ({
    first,
    starts: [first, ...cuts.filter((c) => c > first).sort((x, y) => x - y)],
  }));

/** `older`: made by a build before `budget_basis`, whose budgets are the year's. */
function rounds(a: Activity, starts: readonly number[], older = false): Submission[] {
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : 11;
    const period: Period = {
      id: `R${i + 1}`,
      start: monthStart(start),
      end: monthEnd(end),
      label: { vi: `Đợt ${i + 1}`, en: `Round ${i + 1}` },
    };
    return report(a, period, start, end, `round-${i + 1}.xlsx`, older);
  });
}

/** The forms with every opening stock blank: a total no unit present on the first day adds to. */
function withoutOpening(forms: Report["forms"]): Report["forms"] {
  return Object.fromEntries(
    Object.entries(forms).map(([id, form]) => {
      const blanked = Object.fromEntries(Object.entries(form!).map(([row, cells]) => [row, { ...cells }]));
      for (const cell of formCells(getTemplate(id as TemplateId)))
        if (cell.aggregation === "stock_start") blanked[cell.row.key]![cell.col.key] = null;
      return [id, blanked];
    }),
  );
}

/** The forms with each plan figure over the share of the year the unit existed, and the rates recomputed. */
function withPlansProrated(forms: Report["forms"], share: number): Report["forms"] {
  return Object.fromEntries(
    Object.entries(forms).map(([id, form]) => {
      const def = getTemplate(id as TemplateId);
      const values = Object.fromEntries(Object.entries(form!).map(([row, cells]) => [row, { ...cells }]));
      // Each plan figure a unit writes, in whole đồng; a plan's total is their sum (red team, round 21).
      for (const cell of formCells(def))
        if (cell.aggregation === "plan" && !cell.formula) {
          const v = values[cell.row.key]![cell.col.key] ?? null;
          values[cell.row.key]![cell.col.key] = v === null ? null : Math.round(v * share);
        }
      return [
        id,
        computeForm(def, values, values, (cell) => cell.kind !== "ratio" && cell.aggregation !== "plan"),
      ];
    }),
  );
}

describe("rounds combined into a longer period", () => {
  it("equal one report of the whole period for any split, a unit starting mid-year included", () => {
    fc.assert(
      fc.property(activity, split, (a, { first, starts }) => {
        const whole = rollup([report(a, YEAR, first, 11, "whole.xlsx")], { period: YEAR });
        const combined = rollup(rounds(a, starts), { period: YEAR });
        expect(combined.rejected).toEqual([]);
        expect(combined.units[0]!.report.forms).toEqual(whole.units[0]!.report.forms);
        // Without a units list the rounds say the unit starts with its first one: a month after 01/01,
        // its opening is not a stock of the year's first day, so the total's opening leaves it out.
        expect(combined.total.forms).toEqual(
          first === 0 ? whole.total.forms : withoutOpening(whole.total.forms),
        );
        expect(combined.stocks.notAtStart).toEqual(first === 0 ? [] : ["P01"]);
        expect(combined.units[0]!.warnings.filter((w) => w.rule === "rollup.continuity")).toEqual([]);
        // Listed with its founding day, the unit's year is complete; listed without one, it is not.
        const founded = [{ ...unit("P01"), validFrom: monthStart(first) }];
        const listed = rollup(rounds(a, starts), { period: YEAR, expectedUnits: founded });
        expect(listed.units[0]!.status).toBe("ok");
        // Its plan, assigned from its founding to 31/12, covers the days it existed: it counts whole.
        expect(listed.units[0]!.report.forms).toEqual(whole.units[0]!.report.forms);
        // Typed in a template made before the basis was written, it is the year's: budget × days ÷ 365.
        const older = rollup(rounds(a, starts, true), { period: YEAR, expectedUnits: founded });
        const share = (daysBetween(monthStart(first), YEAR.end) + 1) / 365;
        expect(older.units[0]!.report.forms).toEqual(withPlansProrated(whole.units[0]!.report.forms, share));
        const unfounded = rollup(rounds(a, starts), { period: YEAR, expectedUnits: [unit("P01")] });
        expect(unfounded.units[0]!.status).toBe(first === 0 ? "ok" : "partial");
      }),
      { numRuns: 40 },
    );
  });

  it("never sums the year's budget, and a missing round leaves closing stocks blank", () => {
    fc.assert(
      fc.property(activity, (a) => {
        const [d1, d2] = rounds(a, [0, 6]);
        const both = rollup([d1!, d2!], { period: YEAR }).units[0]!.report.forms.B03!;
        expect(both.total!.budget).toBe(a.budget + Math.floor(a.budget / 10));
        const onlyFirst = rollup([d1!], { period: YEAR }).units[0]!;
        expect(onlyFirst.status).toBe("partial");
        expect(onlyFirst.gaps).toEqual([{ start: "2025-07-01", end: "2025-12-31" }]);
        expect(onlyFirst.report.forms.B02!.state!.members_end).toBeNull();
        expect(onlyFirst.report.forms.B02!.state!.workers).toBeNull();
        expect(onlyFirst.report.forms.B02!.state!.members_start).toBe(a.opening[1]!.members);
      }),
      { numRuns: 20 },
    );
  });
});
