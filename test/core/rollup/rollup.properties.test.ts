import fc from "fast-check";
import {
  extract,
  layoutReport,
  rollup,
  TEMPLATE_IDS,
  type Report,
  type Submission,
  type Summary,
} from "../../../src/core";
import { gridFromPlan } from "../../support/plan-grid";
import { consistentFills, submission, unit } from "../../support/reports";

const unitCodes = fc.uniqueArray(
  fc.integer({ min: 1, max: 60 }).map((n) => `P${String(n).padStart(2, "0")}`),
  { minLength: 1, maxLength: 8 },
);

function submissionsFor(codes: readonly string[], seed: number): Submission[] {
  return codes.map((code, i) =>
    submission({ unit: unit(code), fills: consistentFills(TEMPLATE_IDS, seed + i * 101) }, `${code}.xlsx`),
  );
}

const totals = (s: Summary) => s.total.forms;

/** The parent report of a summary as a workbook would carry it: laid out, read back, extracted. */
function asSubmission(summary: Summary, name: string): Submission {
  const grid = gridFromPlan(layoutReport(summary.total), { stripCached: true });
  return { source: { name, sha256: `sha-${name}` }, extraction: extract(grid) };
}

describe("roll-up properties", () => {
  it("gives the same summary for the same files in any order, duplicates with equal times included", () => {
    fc.assert(
      fc.property(
        unitCodes,
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        (codes, seed, keys) => {
          const resent = codes.map((code, i) =>
            submission(
              { unit: unit(code), fills: consistentFills(TEMPLATE_IDS, seed + 7 + i) },
              `${code}-again.xlsx`,
            ),
          );
          const subs = [...submissionsFor(codes, seed), ...resent];
          const shuffled = subs
            .map((s, i) => ({ s, key: keys[i % keys.length]! * 100 + i }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.s);
          expect(rollup(shuffled)).toEqual(rollup(subs));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("is idempotent: submitting every file twice changes nothing but the duplicate list", () => {
    fc.assert(
      fc.property(unitCodes, fc.integer({ min: 1, max: 10_000 }), (codes, seed) => {
        const subs = submissionsFor(codes, seed);
        const once = rollup(subs);
        const twice = rollup([...subs, ...subs]);
        expect(twice.units).toEqual(once.units);
        expect(totals(twice)).toEqual(totals(once));
        expect(twice.duplicates).toHaveLength(codes.length);
      }),
      { numRuns: 20 },
    );
  });

  it("rolls up roll-ups to the same totals as rolling up every unit at once", () => {
    fc.assert(
      fc.property(
        unitCodes,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 7 }),
        (codes, seed, cut) => {
          const subs = submissionsFor(codes, seed);
          const split = Math.min(cut, subs.length);
          const groups = [subs.slice(0, split), subs.slice(split)].filter((g) => g.length > 0);
          const parents = groups.map((g, i) =>
            asSubmission(rollup(g, { parent: { code: `D${i}`, name: `Nhóm ${i}` } }), `group-${i}.xlsx`),
          );
          expect(totals(rollup(parents))).toEqual(totals(rollup(subs)));
        },
      ),
      { numRuns: 20 },
    );
  });

  it("replaces only the corrected unit's row when a corrected file is rolled up again", () => {
    fc.assert(
      fc.property(unitCodes, fc.integer({ min: 1, max: 10_000 }), (codes, seed) => {
        const subs = submissionsFor(codes, seed);
        const target = codes[0]!;
        const corrected = submission(
          { unit: unit(target), fills: consistentFills(TEMPLATE_IDS, seed + 7) },
          `${target}-corrected.xlsx`,
          "2025-08-01T00:00:00Z",
        );
        const before = rollup(subs);
        const after = rollup([...subs, corrected]);
        const others = (s: Summary) => s.units.filter((u) => u.unit.code !== target).map((u) => u.report);
        expect(others(after)).toEqual(others(before));
        expect(after.units.find((u) => u.unit.code === target)!.sources).toEqual([corrected.source]);
      }),
      { numRuns: 15 },
    );
  });

  it("computes every total ratio as Σ numerators ÷ Σ denominators", () => {
    fc.assert(
      fc.property(unitCodes, fc.integer({ min: 1, max: 10_000 }), (codes, seed) => {
        const summary = rollup(submissionsFor(codes, seed));
        const sum = (f: (r: Report) => number | null) =>
          summary.units.reduce((s, u) => s + (f(u.report) ?? 0), 0);
        const signed = sum((r) => r.forms.B01!.nonstate!.cla_signed!);
        const withUnion = sum((r) => r.forms.B01!.nonstate!.enterprises_with_union!);
        expect(summary.total.forms.B01!.nonstate!.cla_rate).toBe(withUnion > 0 ? signed / withUnion : null);
        const collected = sum((r) => r.forms.B03!.total!.collected!);
        const budget = sum((r) => r.forms.B03!.total!.budget!);
        expect(summary.total.forms.B03!.total!.collection_rate).toBe(budget > 0 ? collected / budget : null);
      }),
      { numRuns: 25 },
    );
  });
});
