import { areaBetween, fromA1, type Area } from "../../core/grid/a1";

export const MAX_COLUMNS = 16_384;

/** What a `row` element says of how its row is shown. */
export interface RowState {
  /** The row's number, as its element gives it or counts it. */
  readonly number: number;
  readonly hidden: boolean;
  /** `ht`, in points, if given. */
  readonly height?: number;
  readonly customHeight: boolean;
  /** The row's style (`s`), where `customFormat` applies it: LibreOffice's for a cell that gives none. */
  readonly style?: string;
}

/** Where a kept cell is, its style, and the row element it was read in. */
export interface Position {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly style: string | undefined;
  readonly rowState: RowState;
}

/**
 * Positions 0 to `length` - 1 taken each once over runs that may overlap: `free(i)` is the first not
 * yet taken from `i` (`length` past the last), `take(i)` takes it. A run already taken is crossed in one
 * step, so many overlapping runs cost their positions, not their lengths.
 */
export function takenOnce(length: number): { free(i: number): number; take(i: number): void } {
  const next = Int32Array.from({ length: length + 1 }, (_, i) => i);
  return {
    free(i) {
      let root = i;
      while (next[root] !== root) root = next[root]!;
      for (let at = i; at !== root; ) {
        const following = next[at]!;
        next[at] = root;
        at = following;
      }
      return root;
    },
    take(i) {
      next[i] = i + 1;
    },
  };
}

/** One area of a range list ("C9:D12", "B3"), with the spaces before it. */
const AREA = /\s*([^\s:]+)(?::([^\s:]*))?\S*/y;

/**
 * The areas of a range list ("C9:D12 F9"), as Excel writes `sqref` and a merge's `ref`, each from its
 * top-left to its bottom-right corner whichever corners it names ("C10:B10", "B12:B10"). Read one area
 * at a time, so a list longer than a cap is refused before it is all held. The reports of one template
 * repeat their merges' and conditional formats' ranges: a short list read before is not read again,
 * and each caller gets its own array of the same areas, which no one changes.
 */
export function areasOf(
  sqref: string | undefined,
  cap?: { readonly max: number; readonly exceeded: () => never },
): Area[] {
  const text = sqref ?? "";
  const before = READ_BEFORE.get(text);
  if (before) {
    if (cap && before.length > cap.max) cap.exceeded();
    return before.slice();
  }
  const areas: Area[] = [];
  AREA.lastIndex = 0;
  for (let match = AREA.exec(text); match; match = AREA.exec(text)) {
    const a = fromA1(match[1]!);
    const b = match[2] === undefined ? a : fromA1(match[2]);
    if (!a || !b) continue;
    if (cap && areas.length >= cap.max) cap.exceeded();
    areas.push(Object.freeze(areaBetween(a, b)));
  }
  if (text.length <= MAX_REMEMBERED_LENGTH) {
    // Whatever a run of files sends, what is kept stays small.
    if (READ_BEFORE.size >= MAX_REMEMBERED) READ_BEFORE.clear();
    READ_BEFORE.set(text, areas.slice());
  }
  return areas;
}

const READ_BEFORE = new Map<string, readonly Area[]>();
const MAX_REMEMBERED = 1024;
const MAX_REMEMBERED_LENGTH = 256;

/** The wanted cells kept, by position, in the order they were read. */
export class KeptPositions<P extends { readonly row: number; readonly col: number } = Position> {
  private readonly positions: P[] = [];
  /**
   * The kept cells' places in `positions`, by row, then column: an area's cells are found from the first
   * kept row in it, so each area costs the kept cells in its rows, never a walk over every kept cell of
   * the sheet. A sheet gives its cells in that order: then no order is made (`IN_READ_ORDER`).
   */
  private byRow: Int32Array | typeof IN_READ_ORDER | null = null;

  add(position: P): void {
    this.positions.push(position);
    this.byRow = null;
  }

  get all(): readonly P[] {
    return this.positions;
  }

  /** The kept cells of a list of areas, each once, in the order they were read. */
  in(areas: readonly Area[]): P[] {
    const order = (this.byRow ??= rowOrder(this.positions));
    // Areas that do not overlap, read in order, find their cells in order, each once: gathered as found.
    // Else their places are gathered and put back in that order.
    return this.inOrder(areas, order) ?? this.anyOrder(areas, order);
  }

  /** The kept cells of areas found in the order they were read, or null where they are not. */
  private inOrder(areas: readonly Area[], order: RowOrder): P[] | null {
    const { positions } = this;
    const cells: P[] = [];
    let last = -1;
    for (let a = 0; a < areas.length; a++) {
      const { top, left, bottom, right } = areas[a]!;
      for (let i = this.firstRow(order, top); i < positions.length; i++) {
        const index = placeAt(order, i);
        const position = positions[index]!;
        if (position.row > bottom) break;
        if (position.col < left || position.col > right) continue;
        if (index <= last) return null;
        cells.push(position);
        last = index;
      }
    }
    return cells;
  }

  private anyOrder(areas: readonly Area[], order: RowOrder): P[] {
    const { positions } = this;
    const found: number[] = [];
    for (let a = 0; a < areas.length; a++) {
      const { top, left, bottom, right } = areas[a]!;
      for (let i = this.firstRow(order, top); i < positions.length; i++) {
        const index = placeAt(order, i);
        const { row, col } = positions[index]!;
        if (row > bottom) break;
        if (col >= left && col <= right) found.push(index);
      }
    }
    found.sort((a, b) => a - b);
    const cells: P[] = [];
    for (let i = 0; i < found.length; i++)
      if (i === 0 || found[i] !== found[i - 1]) cells.push(positions[found[i]!]!);
    return cells;
  }

  /** Where, in row order, the first kept cell of row `top` or after it is. */
  private firstRow(order: RowOrder, top: number): number {
    const { positions } = this;
    let low = 0;
    let high = positions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (positions[placeAt(order, middle)]!.row < top) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

type RowOrder = Int32Array | typeof IN_READ_ORDER;

/** The place in `positions` of the `i`th kept cell in row order. */
const placeAt = (order: RowOrder, i: number) => (order === IN_READ_ORDER ? i : order[i]!);

const IN_READ_ORDER = "in read order";

/** The places of `positions` by row, then column, then as read; `IN_READ_ORDER` where they are so already. */
function rowOrder(positions: readonly { readonly row: number; readonly col: number }[]) {
  let ordered = true;
  for (let i = 1; i < positions.length && ordered; i++) {
    const before = positions[i - 1]!;
    const at = positions[i]!;
    ordered = before.row < at.row || (before.row === at.row && before.col <= at.col);
  }
  if (ordered) return IN_READ_ORDER;
  return Int32Array.from(positions.keys()).sort(
    (a, b) => positions[a]!.row - positions[b]!.row || positions[a]!.col - positions[b]!.col || a - b,
  );
}
