import { finding, type Finding } from "../findings/finding";
import { META_SHEET, type DecodedMeta } from "./metadata";
import { fill, hasUnshowable, startsLikeFormula, type Text } from "../text/text";
import { WORDS } from "../vocabulary/index";

/** A check mark or cross at the start makes a name read like the verdict shown next to it. */
const STATUS_START = /^[\u2713\u2714\u2717\u2718\u2705\u274c\u2611\u2612]/u;

/**
 * The most characters an identity text (a unit, bloc, period, grade, award or indicator name) may hold,
 * whichever table, list or report it comes from: what a campaign or a units list accepts, every report
 * made from it passes.
 */
export const IDENTITY_MAX = 200;

/** Whether a text, trimmed, holds more than `max` characters (code points, as a reader counts them). */
export const tooLong = (text: string, max = IDENTITY_MAX) => [...text.trim()].length > max;

/**
 * The one rule for identity text, wherever it comes from (a report's TD_META, the units CSV, the
 * campaign's periods, units, blocs and grades): why it cannot be a unit, bloc, period or grade name, or
 * null when it can. Such text is shown on one line of a terminal and a page and written into summary
 * cells, so it may hold no control, line-break, bidi or zero-width character, may not start like a
 * formula (= + - @, which a CSV export of the summary would turn into a live one) nor with ✓ or ✗
 * (a name such as "✓ Sẵn sàng gửi" reads like the status beside it), and is capped at `max` characters
 * (null where the caller reports the length on its own).
 */
export function identityProblem(text: string, max: number | null = IDENTITY_MAX): Text | null {
  if (hasUnshowable(text)) return WORDS.identityText.unshowable;
  if (startsLikeFormula(text)) return WORDS.identityText.formulaStart;
  if (STATUS_START.test(text.trim())) return WORDS.identityText.statusMark;
  if (max !== null && tooLong(text, max)) return fill(WORDS.identityText.tooLong, { max });
  return null;
}

/** The free-text identity fields (codes and the period id have formats of their own) and their caps. */
const FREE_TEXT = [
  { key: "unit_name", value: (m: DecodedMeta) => m.unitName, max: null },
  { key: "unit_kind", value: (m: DecodedMeta) => m.unitKind, max: 40 },
  { key: "period_label", value: (m: DecodedMeta) => m.periodLabel, max: IDENTITY_MAX },
  { key: "period_label_en", value: (m: DecodedMeta) => m.periodLabelEn, max: IDENTITY_MAX },
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
    const params = { cell: where.cell ?? "?", field: WORDS.report.identityFields[key] };
    if (hasUnshowable(text))
      out.push(finding("error", "identity.unshowable", fill(WORDS.report.identityUnshowable, params), where));
    else {
      const reason = identityProblem(text, null);
      if (reason)
        out.push(
          finding("error", "identity.bad_text", fill(WORDS.report.identityBad, { ...params, reason }), where),
        );
    }
    if (max !== null && tooLong(text, max))
      out.push(
        finding("error", "identity.too_long", fill(WORDS.report.identityTooLong, { ...params, max }), where),
      );
  }
  return out;
}
