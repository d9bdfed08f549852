import type { vi } from "./vi";

/** The Vietnamese vocabulary's shape with every leaf a string: a language must fill each key, and no other. */
export type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

export type Vocabulary = Words<typeof vi>;
