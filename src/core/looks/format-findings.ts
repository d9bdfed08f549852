import { UNREADABLE_SHOWN } from "../grid/grid";
import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { finding, type Finding } from "../findings/finding";
import { quoted } from "../report/cell-compare";
import type { ValueKind } from "../catalog/types";
import { misfitUnit, unitOf } from "../report/shown-unit";

/** A cell shown otherwise than it holds (`misleading`, what a program shows), or in a format not read with certainty. */
export const misleadingFormatFinding = (
  misleading: string,
  label: Text,
  value: Text,
  where: object,
): Finding =>
  finding(
    "error",
    "cell.misleading_format",
    misleading === UNREADABLE_SHOWN
      ? fill(WORDS.report.unreadableFormat, { label, value })
      : fill(WORDS.report.misleadingFormat, { label, shown: quoted(misleading), value }),
    where,
  );

/**
 * The unit a formula saved without its result will show beside its figure, where it is not the cell's
 * kind's (`0%` on a count): `texts` are its format's texts for a figure, as the reader gives them, which
 * the cell shows with its result once a program computes it.
 */
export function uncachedUnit(texts: readonly string[], kind: ValueKind): string | undefined {
  const unit = texts.map((text) => misfitUnit(text, kind)).find((found) => found !== undefined);
  // A ratio in a count's format (`#,##0`, `#,##0" CĐ"`) shows it rounded to a whole, which only its figure
  // tells, as for a plain format: not judged without one.
  return unit === undefined || (kind === "ratio" && unitOf(unit) === "count") ? undefined : unit;
}

/** A formula saved without its result, in a format that writes `unit` (`uncachedUnit`) beside it. */
export const uncachedUnitFinding = (unit: string, kind: ValueKind, label: Text, where: object): Finding =>
  finding(
    "error",
    "cell.misleading_format",
    fill(WORDS.report.misfitUnitUncached, {
      label,
      unit: quoted(unit),
      expected: WORDS.report.unitOfKind[kind],
    }),
    where,
  );
