import type { Campaign } from "./types";
import { narrowestHolding, type Period } from "../model/period";
import { unitKey, type UnitKind } from "../model/units";

/** The unit a due date is looked up for: its code, and its kind as the province's list gives it. */
export interface DueFor {
  readonly code: string;
  readonly kind?: UnitKind;
}

/**
 * When a round's report was due: by the province's periods, never by the file, whose own period id and
 * due date a unit can write as it likes. The narrowest of the campaign's periods (and the roll-up's)
 * that holds the round's dates decides, the one of the round's own id first among equals; for that
 * period the unit's own row of TD_Deadlines wins, then its kind's, then the period's due date.
 */
export function dueOf(campaign: Campaign, period: Period, round: Period, unit?: DueFor): string | undefined {
  const held = narrowestHolding([...campaign.periods, period], round);
  if (!held) return undefined;
  const rows = (campaign.deadlines ?? []).filter((d) => d.period === held.id);
  if (unit && rows.length > 0) {
    const own = rows.find((d) => d.unit !== undefined && unitKey(d.unit) === unitKey(unit.code));
    if (own) return own.due;
    const kind = unit.kind && rows.find((d) => d.kind === unit.kind);
    if (kind) return kind.due;
  }
  return held.due;
}
