import type { Text } from "../text";
import { en } from "./en";
import { vi } from "./vi";

export { en, vi };
export type { Vocabulary, Words } from "./vocabulary";

/** One section in both languages, key by key: the `{ vi, en }` texts the core, the CLI and Excel pass around. */
export function both<K extends string>(
  viSection: Readonly<Record<K, string>>,
  enSection: Readonly<Record<K, string>>,
): { readonly [P in K]: Text } {
  const keys = Object.keys(viSection) as K[];
  return Object.fromEntries(keys.map((key) => [key, { vi: viSection[key], en: enSection[key] }])) as {
    readonly [P in K]: Text;
  };
}
