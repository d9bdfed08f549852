// Where a drawing lies along one axis of a sheet's cells, as every reader places it (the files' and Excel's).

/**
 * The cells (first and last, up to `last`) a drawing covers along one axis: it starts `offset` into cell
 * `start` and runs `extent` on, in the unit of `size`. A sliver of `slack` at either end is none: a
 * drawing laid exactly over a cell, its place rounded, covers that cell alone. Cells beyond `last` are
 * never walked: no kept cell is there.
 */
export function span(
  start: number,
  offset: number,
  extent: number,
  size: (i: number) => number,
  last: number,
  slack: number,
) {
  const inner = Math.min(slack, Math.max(0, extent) / 2);
  let [i, at] = [Math.max(0, start), Math.max(0, offset) + inner];
  while (i <= last && at >= size(i)) at -= size(i++);
  const first = i;
  let end = at + Math.max(0, extent) - 2 * inner;
  while (i <= last && end > size(i)) end -= size(i++);
  return [first, i] as const;
}
