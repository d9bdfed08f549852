import type { Area } from "../grid/a1";
import { columnPoints, printableSize } from "./page";
import type { SheetPlan } from "./plan";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT_SIZE } from "./row-heights";
import { STYLES, type CellStyle } from "./styles";

/** How much wider than Excel LibreOffice lays columns out where it has no Calibri's metrics. */
const LIBREOFFICE_WIDER = 0.25;

/**
 * Rows `top` to `bottom` above a table printed in strips at `scale` percent, as they print on a page of
 * their own ahead of the strips: from the area's left to the last column their texts reach (one not
 * wrapped spills into the empty cells beside it, each character as wide as a digit at its size), no
 * wider than a landscape page holds where LibreOffice lays columns out wider. A wider preface LibreOffice
 * prints in strips of its own, the repeated columns cut again.
 */
export function prefaceArea(
  plan: SheetPlan,
  area: Area,
  rows: { readonly top: number; readonly bottom: number },
  scale: number,
): Area {
  const width = (col: number) => plan.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH;
  let reach = area.left;
  for (const cell of plan.cells) {
    if (cell.row < rows.top || cell.row > rows.bottom || cell.col < area.left) continue;
    const style: CellStyle = cell.style ? STYLES[cell.style] : {};
    let end = cell.col;
    if (typeof cell.value === "string" && !style.wrap) {
      const size = style.size ?? DEFAULT_FONT_SIZE;
      let spill = (cell.value.length * size) / DEFAULT_FONT_SIZE + 1 - width(end);
      while (spill > 0 && end < area.right) spill -= width(++end);
    }
    reach = Math.max(reach, end);
  }
  const room = ((printableSize("landscape").width * 100) / scale) * (1 - LIBREOFFICE_WIDER);
  let right = area.left;
  let used = columnPoints(width(right));
  while (right < reach && used + columnPoints(width(right + 1)) <= room) used += columnPoints(width(++right));
  return { top: rows.top, left: area.left, bottom: rows.bottom, right };
}
