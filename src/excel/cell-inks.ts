import { toA1 } from "../core/grid/a1";
import type { GridCell, Ink } from "../core/grid/grid";
import { CHARACTER_POINTS } from "../core/layout/row-heights";
import { isPlainInk, NO_FILL } from "../core/report/legible";
import { lineRun, ranOn } from "../core/report/run-over";
import { indentOf } from "../core/report/column-room";
import type { RangeContents } from "./range-contents";

const hex = (colour: string | undefined) =>
  colour && /^#[0-9A-F]{6}$/i.test(colour) ? colour.slice(1).toUpperCase() : undefined;

/** A cell's fill colour as Excel reports it (white when it has none), none where not told or of two colours. */
function backgroundOf(look: Excel.CellProperties | undefined): string | undefined {
  const pattern = look?.format?.fill?.pattern;
  return pattern === "None" ? NO_FILL : pattern === "Solid" ? hex(look?.format?.fill?.color) : undefined;
}

/**
 * The ink of a cell as Excel reports it: its font's colour on its fill's (white when it has none); none
 * where a colour is not told (a pattern of two colours, a colour by name) or it is black on white.
 */
export function inkOf(look: Excel.CellProperties | undefined, ground = look): Ink | undefined {
  const [text, background] = [hex(look?.format?.font?.color), backgroundOf(ground)];
  if (text === undefined || background === undefined) return undefined;
  const ink = { text, background };
  return isPlainInk(ink) ? undefined : ink;
}

/** Excel's horizontal alignments in which a line runs on over the cells beside it, as a file's style names them. */
const RUNNING_ON: Readonly<Record<string, string>> = {
  General: "general",
  Left: "left",
  Center: "center",
  Right: "right",
  CenterAcrossSelection: "centerContinuous",
};

/**
 * Gives each text of a loaded range too long for its column the inks it is drawn in over the empty cells
 * of the range it runs on over, their fills under its font (red team, round 55: the unit and period line
 * in a narrowed column A vanished over dark cells beside it), and where a cell holding something cuts it,
 * that cell's column. `merged`: whether a cell lies in a merged area, which a line neither runs on from
 * nor over.
 */
export function runOnInks(
  contents: RangeContents,
  origin: { row: number; col: number },
  cells: Map<string, GridCell>,
  merged: (row: number, col: number) => boolean,
): void {
  contents.valueTypes.forEach((types, r) =>
    types.forEach((type, c) => {
      const look = contents.looks?.[r]?.[c];
      const format = look?.format;
      const address = toA1(origin.row + r, origin.col + c);
      const cell = cells.get(address);
      if (type !== "String" || !format || !cell || cell.hidden || merged(origin.row + r, origin.col + c))
        return;
      if (format.wrapText || format.shrinkToFit || format.textOrientation) return;
      const horizontal = RUNNING_ON[format.horizontalAlignment ?? "General"];
      if (horizontal === undefined) return;
      const points = (k: number) => contents.columnWidths?.[k];
      const { over, cutBy } = lineRun(
        String(contents.values[r]![c]),
        {
          horizontal: [horizontal],
          indent: indentOf({ horizontal: [horizontal], indent: format.indentLevel ?? 0 }),
          ...(format.font?.size ? { fontSize: format.font.size } : {}),
          ...(format.font?.bold ? { bold: true } : {}),
        },
        c,
        {
          width: (k) => {
            const width = points(k);
            return typeof width === "number" ? width / CHARACTER_POINTS : undefined;
          },
          holds: (k) =>
            (types[k] !== undefined && types[k] !== "Empty") || merged(origin.row + r, origin.col + k),
        },
      );
      const inks = over.flatMap((k) => {
        const ink = inkOf(look, contents.looks?.[r]?.[k]);
        return ink ? [ink] : [];
      });
      const ran = ranOn(cell, inks, cutBy === undefined ? undefined : origin.col + cutBy, () => ({
        horizontal: [horizontal],
        indent: 0,
      }));
      if (ran) cells.set(address, ran);
    }),
  );
}
