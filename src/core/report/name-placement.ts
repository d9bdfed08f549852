import type { CellRead } from "./form-read";

import { META_SHEET } from "./metadata";
import { remembered } from "../remembered";

export type Placed = CellRead & { readonly sheet: string; readonly address: string };

/** The value most of `items` give, the first seen on a tie. */
export function majority<T, K>(items: readonly T[], key: (item: T) => K): K | undefined {
  // Most groups agree (a form's row on one sheet row): that is found without counting. (A map counts
  // -0 as 0, and gives 0 back: such a key is counted.)
  if (items.length === 0) return undefined;
  const first = key(items[0]!);
  let agree = 1;
  while (agree < items.length && key(items[agree]!) === first) agree++;
  if (agree === items.length && !Object.is(first, -0)) return first;
  const counts = new Map<K, number>();
  for (const item of items) {
    const value = key(item);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let most: K | undefined;
  let mostCount = 0;
  for (const [value, count] of counts) if (count > mostCount) [most, mostCount] = [value, count];
  return most;
}

/** Every report names its sheets alike: each name is upper-cased once, not once per cell. */
const upperCased = remembered((name: string) => name.toUpperCase(), 1000);

export const onVisibleFormSheet = (read: Placed) =>
  read.visibility === "visible" && upperCased(read.sheet) !== META_SHEET;

export const isPlaced = (read: CellRead): read is Placed =>
  read.sheet !== undefined && read.address !== undefined;

/** The visible sheet most of a form's names point at: the form's sheet. */
export const formSheetOf = (reads: readonly CellRead[]): string | undefined =>
  majority(reads.filter(isPlaced).filter(onVisibleFormSheet), (r) => r.sheet);
