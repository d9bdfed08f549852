/**
 * The positions of the cells a sheet has given, to refuse one given twice. Sheets give their cells in
 * order, so those are kept in one growing array (8 bytes each, however many empty `c` elements a part
 * holds) and found by halving it; only the few given out of order go to a set.
 */
export class MetPositions {
  private ordered = new Float64Array(64);
  private count = 0;
  private readonly unordered = new Set<number>();

  /** Adds a position; false where it was met before. */
  add(position: number): boolean {
    const { ordered, count } = this;
    if (count === 0 || position > ordered[count - 1]!) {
      if (count === ordered.length) {
        this.ordered = new Float64Array(count * 2);
        this.ordered.set(ordered);
      }
      this.ordered[this.count++] = position;
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
    const { ordered, count } = this;
    let [low, high] = [0, count];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ordered[middle]! < position) low = middle + 1;
      else high = middle;
    }
    return low < count && ordered[low] === position;
  }
}
