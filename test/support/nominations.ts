import type { Fill } from "./plan-grid";

/** A line of a unit's "Đề nghị khen thưởng" list as fills by its defined names (TD_DN_<line>_<column>). */
export function line(n: number, cells: Record<string, Fill>): Record<string, Fill> {
  return Object.fromEntries(Object.entries(cells).map(([key, value]) => [`TD_DN_${n}_${key}`, value]));
}
