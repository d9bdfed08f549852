/** A run of columns of one band of rows, holding one value. */
interface Span<T> {
  readonly first: number;
  readonly last: number;
  readonly value: T;
}

/** Rows an .ods writes once (its `table:number-rows-repeated`), with their repeated cells' spans. */
interface Band<T> {
  readonly first: number;
  readonly last: number;
  readonly spans: Span<T>[];
}

/** The key of one cell of a sheet (row and column from 0), where a cell written once is kept. */
export const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/**
 * The most repeated cells kept, of any one kind: no report holds more than a few; past it the file is
 * refused rather than read with some copies unknown.
 */
const MAX_REPEATED_CELLS = 10_000;

/**
 * Values kept for the cells an .ods writes once over several rows or columns, found by the place of any
 * copy (LibreOffice writes two alike cells side by side as one). Cells come in the document's order, so
 * bands of rows and the spans of each band are in order and apart: a copy is found by two binary searches.
 */
export class RepeatedCells<T> {
  private readonly bands = new Map<string, Band<T>[]>();
  private count = 0;

  /** A cell (row and column from 0) repeated over `rows` rows and `cols` columns. */
  add(sheet: string, row: number, col: number, rows: number, cols: number, value: T): void {
    if (++this.count > MAX_REPEATED_CELLS) throw new Error(`more than ${MAX_REPEATED_CELLS} repeated cells`);
    const bands = this.bands.get(sheet) ?? [];
    this.bands.set(sheet, bands);
    let band = bands[bands.length - 1];
    if (band?.first !== row) bands.push((band = { first: row, last: row + rows - 1, spans: [] }));
    band.spans.push({ first: col, last: col + cols - 1, value });
  }

  /** The value of the repeated cell a copy of which is at (`row`, `col`), if one is. */
  at(sheet: string, row: number, col: number): T | undefined {
    const band = within(this.bands.get(sheet), row);
    return band && within(band.spans, col)?.value;
  }

  /** Every repeated cell of a sheet, in order. */
  *of(sheet: string): Generator<{ row: number; col: number; rows: number; cols: number; value: T }> {
    for (const band of this.bands.get(sheet) ?? [])
      for (const span of band.spans)
        yield {
          row: band.first,
          col: span.first,
          rows: band.last - band.first + 1,
          cols: span.last - span.first + 1,
          value: span.value,
        };
  }
}

/** Of ranges in order and apart, the one holding `at`, by binary search. */
function within<R extends { readonly first: number; readonly last: number }>(
  ranges: readonly R[] | undefined,
  at: number,
): R | undefined {
  if (!ranges) return undefined;
  let [low, high] = [0, ranges.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (at < range.first) high = middle - 1;
    else if (at > range.last) low = middle + 1;
    else return range;
  }
  return undefined;
}
