import { finding, type Finding } from "./finding";
import { META_SHEET, type DecodedMeta } from "./metadata";
import { MESSAGES } from "./messages";
import { fill, hasUnshowable } from "./text";

/** The free-text identity fields (codes and the period id have formats of their own) and their caps. */
const FREE_TEXT = [
  { key: "unit_name", value: (m: DecodedMeta) => m.unitName, max: null },
  { key: "unit_kind", value: (m: DecodedMeta) => m.unitKind, max: 40 },
  { key: "period_label", value: (m: DecodedMeta) => m.periodLabel, max: 200 },
  { key: "period_label_en", value: (m: DecodedMeta) => m.periodLabelEn, max: 200 },
] as const;

/** Where a metadata value sits, for a finding that points at it. */
export function metaCell(meta: DecodedMeta, key: string): { sheet?: string; cell?: string } {
  const cell = meta.cells.get(key);
  return cell ? { sheet: META_SHEET, cell } : {};
}

/**
 * Identity texts reach every terminal, task pane and summary sheet: one holding a newline or a
 * bidirectional override could forge a line there or disguise what surrounds it, and one too long floods it.
 * (The unit name's length has its own rule.)
 */
export function identityTextFindings(meta: DecodedMeta): Finding[] {
  const out: Finding[] = [];
  for (const { key, value, max } of FREE_TEXT) {
    const text = value(meta);
    if (text === undefined) continue;
    const where = metaCell(meta, key);
    const params = { cell: where.cell ?? "?", field: key };
    if (hasUnshowable(text))
      out.push(finding("error", "identity.unshowable", fill(MESSAGES.identityUnshowable, params), where));
    if (max !== null && text.length > max)
      out.push(
        finding("error", "identity.too_long", fill(MESSAGES.identityTooLong, { ...params, max }), where),
      );
  }
  return out;
}
