import type { Expr } from "./types";

/** Short constructors that keep the template definitions readable. */
export const col = (key: string): Expr => ({ ref: { col: key } });
export const row = (key: string): Expr => ({ ref: { row: key } });
export const sumOf = (...terms: Expr[]): Expr => ({ add: terms });
export const minus = (a: Expr, b: Expr): Expr => ({ sub: [a, b] });
export const ratio = (num: Expr, den: Expr): Expr => ({ ratio: [num, den] });
export const times = (factor: number, of: Expr): Expr => ({ scale: [factor, of] });
