import { unitKey } from "../model/units";
import { codeLookKey } from "../text/fold";
import type { Accepted } from "./resolve-unit";

/** A report whose unit's code reads as another report's code, and that other report. */
export interface LookAlikeCode {
  readonly report: Accepted;
  readonly other: Accepted;
}

/**
 * The reports whose unit codes differ yet read alike (P01 and PO1, P1 and PI: Unicode's confusables, as
 * `codeLookKey` folds them): an officer reads them as two reports of one unit, the roll-up would count two
 * units (red team, round 21: a copy of P01's report under PO1 doubled P01 in a roll-up without a list).
 */
export function lookAlikeCodes(reports: readonly Accepted[]): LookAlikeCode[] {
  const byLook = new Map<string, Accepted[]>();
  for (const report of reports) {
    const key = codeLookKey(report.report.unit.code);
    const group = byLook.get(key);
    if (group) group.push(report);
    else byLook.set(key, [report]);
  }
  return [...byLook.values()].flatMap((group) =>
    group.flatMap((report) => {
      const own = unitKey(report.report.unit.code);
      const other = group.find((o) => unitKey(o.report.unit.code) !== own);
      return other ? [{ report, other }] : [];
    }),
  );
}
