import type { Text } from "../text/text";
import { en } from "./en";
import { vi } from "./vi";
import type { Words } from "./vocabulary";

export { en, vi };
export type { Vocabulary, Words } from "./vocabulary";

/** A vocabulary's shape with every word a `{ vi, en }` text. */
export type BothWords<T> = { readonly [K in keyof T]: T[K] extends string ? Text : BothWords<T[K]> };

/** The two languages paired key by key, section by section: the `{ vi, en }` texts code passes around. */
function both<T extends object>(viWords: T, enWords: Words<T>): BothWords<T> {
  const pair = (key: string): [string, unknown] => {
    const [v, e] = [(viWords as Record<string, unknown>)[key], (enWords as Record<string, unknown>)[key]];
    return [key, typeof v === "string" ? { vi: v, en: e } : both(v as object, e as Words<object>)];
  };
  return Object.fromEntries(Object.keys(viWords).map(pair)) as BothWords<T>;
}

/**
 * Every word of the product in both languages: the one way code reaches them, `WORDS.section.key`. Code
 * that speaks one language only (the task pane, a number's format) reads `vi` or `en` itself.
 */
export const WORDS = both(vi, en);
