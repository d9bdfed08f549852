import type { CellRead } from "./form-read";

import { META_SHEET } from "./metadata";

export type Placed = CellRead & { readonly sheet: string; readonly address: string };

/** The value most of `items` give, the first seen on a tie. */
export function majority<T, K>(items: readonly T[], key: (item: T) => K): K | undefined {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) - 1);
  return [...counts.entries()].sort((a, b) => a[1] - b[1])[0]?.[0];
}

export const onVisibleFormSheet = (read: Placed) =>
  read.visibility === "visible" && read.sheet.toUpperCase() !== META_SHEET;

export const isPlaced = (read: CellRead): read is Placed =>
  read.sheet !== undefined && read.address !== undefined;

/** The visible sheet most of a form's names point at: the form's sheet. */
export const formSheetOf = (reads: readonly CellRead[]): string | undefined =>
  majority(reads.filter(isPlaced).filter(onVisibleFormSheet), (r) => r.sheet);
