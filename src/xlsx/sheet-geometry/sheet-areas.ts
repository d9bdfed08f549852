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
 * at a time, so a list longer than a cap is refused before it is all held.
 */
export function areasOf(
  sqref: string | undefined,
  cap?: { readonly max: number; readonly exceeded: () => never },
): Area[] {
  const areas: Area[] = [];
  const text = sqref ?? "";
  AREA.lastIndex = 0;
  for (let match = AREA.exec(text); match; match = AREA.exec(text)) {
    const a = fromA1(match[1]!);
    const b = match[2] === undefined ? a : fromA1(match[2]);
    if (!a || !b) continue;
    if (cap && areas.length >= cap.max) cap.exceeded();
    areas.push(areaBetween(a, b));
  }
  return areas;
}

/** The wanted cells kept, by position, in the order they were read. */
export class KeptPositions<P extends { readonly row: number; readonly col: number } = Position> {
  private readonly positions: P[] = [];
  /**
   * The kept cells by row, then column: an area's cells are found from the first kept row in it, so
   * each area costs the kept cells in its rows, never a walk over every kept cell of the sheet.
   */
  private byRow: P[] | null = null;

  add(position: P): void {
    this.positions.push(position);
  }

  get all(): readonly P[] {
    return this.positions;
  }

  /** The kept cells of a list of areas, each once, in the order they were read. */
  in(areas: readonly Area[]): P[] {
    const sorted = (this.byRow ??= [...this.positions].sort((a, b) => a.row - b.row || a.col - b.col));
    const found = new Set<P>();
    for (const { top, left, bottom, right } of areas) {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle]!.row < top) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < sorted.length && sorted[i]!.row <= bottom; i++) {
        const at = sorted[i]!;
        if (at.col >= left && at.col <= right) found.add(at);
      }
    }
    return found.size === 0 ? [] : this.positions.filter((at) => found.has(at));
  }
}
