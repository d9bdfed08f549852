import type { CellStyle } from "../core/layout/styles";

/** Inside edges draw the grid within a multi-cell area, so a merged block looks like cell-by-cell borders. */
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

/** The same style the file writer gives a cell (src/xlsx/write-plan.ts), on a whole set of areas at once. */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.wrap) format.wrapText = true;
  if (style.align) format.horizontalAlignment = ALIGN[style.align];
  if (style.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}
