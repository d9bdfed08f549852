/**
 * The positions of the cells a sheet has given, to refuse one given twice. Sheets give their cells in
 * order, so those are kept in one growing array (8 bytes each, however many empty `c` elements a part
 * holds) and found by halving it; only the few given out of order go to a set. A plain array of numbers,
 * not a typed one: three are made for every sheet read, and a typed array's buffer cost more to make
 * than a sheet's cells to add (issue 67).
 */
export class MetPositions {
  private readonly ordered: number[] = [];
  private readonly unordered = new Set<number>();

  /** Adds a position; false where it was met before. */
  add(position: number): boolean {
    const { ordered } = this;
    const count = ordered.length;
    if (count === 0 || position > ordered[count - 1]!) {
      ordered.push(position);
      return true;
    }
    if (this.inOrder(position)) return false;
    return this.unordered.size < this.unordered.add(position).size;
  }

  /** Whether a position was met. */
  has(position: number): boolean {
    return this.inOrder(position) || this.unordered.has(position);
  }

  private inOrder(position: number): boolean {
    const { ordered } = this;
    const count = ordered.length;
    let [low, high] = [0, count];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ordered[middle]! < position) low = middle + 1;
      else high = middle;
    }
    return low < count && ordered[low] === position;
  }
}
