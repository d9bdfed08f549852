import { fromA1 } from "../../src/core/grid/a1";

const TAG = /<table:(table-row|table-cell|covered-table-cell)\b[^>]*>/g;

/** content.xml with the start tag of a cell (row and column from 0) of a sheet changed. */
export function withCellTag(
  xml: string,
  sheet: string,
  row: number,
  col: number,
  change: (tag: string) => string,
) {
  const start = xml.indexOf(`<table:table table:name="${sheet}"`);
  const end = xml.indexOf("</table:table>", start);
  const repeats = (tag: string, kind: string) =>
    Number(new RegExp(`table:number-${kind}-repeated="(\\d+)"`).exec(tag)?.[1] ?? 1);
  let r = -1;
  let c = 0;
  TAG.lastIndex = start;
  for (let match = TAG.exec(xml); match && match.index < end; match = TAG.exec(xml)) {
    const [tag, kind] = match;
    if (kind === "table-row") {
      const times = repeats(tag, "rows");
      if (row > r && row <= r + times) [r, c] = [row, 0];
      else [r, c] = [r + times, Number.NaN];
      continue;
    }
    if (r !== row) continue;
    const times = repeats(tag, "columns");
    if (col >= c && col < c + times) {
      if (times !== 1) throw new Error("the input is a repeated cell");
      return xml.slice(0, match.index) + change(tag) + xml.slice(match.index + tag.length);
    }
    c += times;
  }
  throw new Error(`no cell ${row},${col} in ${sheet}`);
}

/** content.xml with a cell (by its A1 address) of a sheet in cell style `style` alone. */
export function withCellStyle(xml: string, sheet: string, cell: string, style: string) {
  const at = fromA1(cell);
  if (!at) throw new Error(`no cell ${cell}`);
  return withCellTag(xml, sheet, at.row, at.col, (tag) =>
    tag
      .replace(/ table:style-name="[^"]*"/, "")
      .replace("<table:table-cell", `<table:table-cell table:style-name="${style}"`),
  );
}
