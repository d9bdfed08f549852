import { quoteSheet } from "../grid/a1";
import { UNREADABLE_SHOWN, type GridCell } from "../grid/grid";
import { fill, shown, type Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { finding, type Finding } from "./finding";
import type { ValueKind } from "../catalog/types";
import { misfitUnit, unitOf } from "../report/shown-unit";
import { plainSpaces } from "../report/column-room";

/** Equal but for floating-point noise: a result as a program caches it against the same result computed. */
export const sameFigure = (computed: number, held: number) =>
  Math.abs(computed - held) <= 1e-9 * Math.max(1, Math.abs(computed));

/** Text from a received file, cut short so a hostile file cannot flood messages and sheets. */
const QUOTED_MAX = 80;
export const quoted = (text: string) => shown(plainSpaces(text), QUOTED_MAX);

/** Such a text as a message's parameter, the same in both languages. */
export function quotedText(text: string): Text {
  const cut = quoted(text);
  return { vi: cut, en: cut };
}

/** A reference from a cell of `sheet` to `to`, as the templates write one: bare on the same sheet. */
export const referenceFrom = (sheet: string, to: { readonly sheet: string; readonly address: string }) =>
  to.sheet === sheet ? to.address : `${quoteSheet(to.sheet)}!${to.address}`;

/** What a program may show in a cell, where the reader says it: its format's text, a conditional format's. */
export const shownTexts = (cell: GridCell): string[] => [
  ...(cell.shown !== undefined ? [cell.shown] : []),
  ...(cell.mayShow ?? []),
];

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
 * A formula saved without its result whose format writes a unit beside any figure that is not the
 * cell's (`0%` on a count): `texts` are its format's texts for a figure, as the reader gives them, which
 * the cell shows with its result once a program computes it.
 */
export function uncachedUnitFindings(
  texts: readonly string[],
  kind: ValueKind,
  label: Text,
  where: object,
): Finding[] {
  const unit = texts.map((text) => misfitUnit(text, kind)).find((found) => found !== undefined);
  // A ratio in a count's format (`#,##0`, `#,##0" CĐ"`) shows it rounded to a whole, which only its figure
  // tells, as for a plain format: not judged without one.
  if (unit === undefined || (kind === "ratio" && unitOf(unit) === "count")) return [];
  return [
    finding(
      "error",
      "cell.misleading_format",
      fill(WORDS.report.misfitUnitUncached, {
        label,
        unit: quoted(unit),
        expected: WORDS.report.unitOfKind[kind],
      }),
      where,
    ),
  ];
}
