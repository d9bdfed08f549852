import { finding, type Finding } from "../findings/finding";
import type { RollupShort } from "../report/metadata";
import type { Report } from "../report/report";
import { fill, joinTexts, shortList, type Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { gapText } from "./missing-forms";
import type { Summary, UnitRow } from "./types";

/**
 * What a summary lacked, for its report to the level above: the listed units it has no usable report of
 * (refused ones too), and the units whose figures leave part of the period out, with those spans. A unit
 * short only inside (a summary itself short) is listed without spans: its own spans are its units'.
 */
export function shortOf(summary: Pick<Summary, "missing" | "units">): RollupShort | undefined {
  const missing = summary.missing.map((u) => u.code);
  const partial = summary.units
    .filter((u) => u.status === "partial")
    .map((u) => ({ code: u.unit.code, gaps: u.gaps }));
  return missing.length > 0 || partial.length > 0 ? { missing, partial } : undefined;
}

/**
 * What a partial unit left out, as each list words it: its spans, put in words by `spans`, where it has any,
 * then what its summary says it lacked; empty for a unit that left nothing out.
 */
export const shortfallTexts = (
  row: Pick<UnitRow, "gaps" | "shortInside">,
  spans: (gaps: string) => Text,
): Text[] => [
  ...(row.gaps.length > 0 ? [spans(row.gaps.map(gapText).join("; "))] : []),
  ...(row.shortInside ? [row.shortInside] : []),
];

/** A partial unit as said: its code, and the spans it leaves out when they are known. */
const partialText = ({ code, gaps }: RollupShort["partial"][number]) =>
  gaps.length > 0 ? `${code} (${gaps.map(gapText).join("; ")})` : code;

/**
 * What a summary received from below says it lacked, naming its units; undefined for a unit's own report
 * and for a summary that says it lacks nothing (or, written before summaries said, says nothing).
 */
export function shortInside(report: Report): Text | undefined {
  const short = report.rollupShort;
  if (report.rollupUnits === undefined || short === undefined) return undefined;
  const code = report.unit.code;
  if (short === "broken") return fill(WORDS.rollup.shortBroken, { code });
  const parts: Text[] = [];
  if (short.missing.length > 0)
    parts.push(
      fill(WORDS.rollup.shortMissing, { count: short.missing.length, units: shortList(short.missing) }),
    );
  if (short.partial.length > 0) {
    const units = shortList(short.partial.map(partialText), 3);
    parts.push(fill(WORDS.rollup.shortPartial, { count: short.partial.length, units }));
  }
  return fill(WORDS.rollup.shortInside, { code, parts: joinTexts(parts, "; ") });
}

/** The warning on a summary's row that it is short inside, when it says so. */
export function shortInsideWarnings(report: Report): Finding[] {
  const text = shortInside(report);
  return text ? [finding("warning", "rollup.short_inside", text)] : [];
}
