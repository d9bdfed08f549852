import type { Area } from "../grid/a1";
import { areaBetween, columnIndex } from "../grid/a1";
import { remembered } from "../remembered";

/** Cells a formula reads: one or a rectangle, on the sheet named, or on the formula's own sheet. */
export interface Reference {
  readonly sheet?: string;
  readonly area: Area;
}

/**
 * A formula as read: a chain is operands joined left to right by operators of one precedence, kept as a
 * list so that a sum of a hundred terms is no hundred-deep tree to walk.
 */
export type Formula =
  | { readonly number: number }
  | { readonly text: string }
  | { readonly logical: boolean }
  | { readonly reference: Reference }
  | { readonly negated: Formula }
  | { readonly percent: Formula }
  | { readonly chain: Formula; readonly links: readonly (readonly [Operator, Formula])[] }
  | { readonly call: string; readonly args: readonly Formula[] };

export type Operator = "+" | "-" | "*" | "/" | "^" | "=" | "<>" | "<" | ">" | "<=" | ">=";

/** Excel's longest formula: a longer text is no formula a spreadsheet wrote. */
const MAX_LENGTH = 8192;
/** Deeper nesting than any person types: such a formula is left unread rather than recursed into. */
const MAX_DEPTH = 64;
/** Excel's last row and column (XFD1048576). */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

const SHEET = String.raw`(?:'(?<quoted>(?:[^']|'')+)'|(?<bare>[\p{L}_][\p{L}\p{N}_.]*))!`;
const CELL = String.raw`\$?(?<letters>[A-Za-z]{1,3})\$?(?<digits>\d{1,7})(?![\p{L}\p{N}_.(!])`;
const TOKENS = new RegExp(
  [
    String.raw`(?<space>\s+)`,
    String.raw`(?<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)`,
    String.raw`(?<text>"(?:[^"]|"")*")`,
    String.raw`(?<cell>(?:${SHEET})?${CELL})`,
    String.raw`(?<name>[\p{L}_][\p{L}\p{N}_.]*)`,
    String.raw`(?<operator><>|<=|>=|[-+*/^%=<>(),:])`,
  ].join("|"),
  "uy",
);

type Token =
  | { readonly kind: "number" | "text" | "name" | "operator"; readonly text: string }
  | { readonly kind: "cell"; readonly sheet?: string; readonly row: number; readonly col: number };

/** The formula's tokens, spaces left out; null where a part of it is none (`&`, `{`, `#REF!`, `[`). */
function tokensOf(formula: string): Token[] | null {
  const tokens: Token[] = [];
  TOKENS.lastIndex = 0;
  while (TOKENS.lastIndex < formula.length) {
    const match = TOKENS.exec(formula);
    if (!match?.groups) return null;
    const g = match.groups;
    if (g.cell !== undefined) {
      const sheet = g.quoted !== undefined ? g.quoted.replace(/''/g, "'") : g.bare;
      const [row, col] = [Number(g.digits) - 1, columnIndex(g.letters!)];
      if (row < 0 || row > MAX_ROW || col > MAX_COL) return null;
      tokens.push({ kind: "cell", ...(sheet !== undefined ? { sheet } : {}), row, col });
    } else if (g.space === undefined)
      tokens.push({
        kind:
          g.number !== undefined ? "number" : g.text !== undefined ? "text" : g.name ? "name" : "operator",
        text: match[0],
      });
  }
  return tokens;
}

/**
 * A formula's text (without its "=") read as Excel writes it: numbers, texts, TRUE and FALSE, references
 * to cells and ranges of any sheet, the arithmetic and comparison operators, and calls of functions by
 * name. Null for anything else (a defined name, an array, a whole column), which is left unread. Kept by
 * text: every report of a template carries the same formulas (a few hundred), and a formula read is never
 * changed. At most 1,024 are kept: a hostile file's 8,192-character formulas hold some 16 MB of text at most.
 */
export const parseFormula = remembered(readFormula, 1024);

function readFormula(text: string): Formula | null {
  if (text.length > MAX_LENGTH) return null;
  const tokens = tokensOf(text);
  if (!tokens || tokens.length === 0) return null;
  const parser = new Parser(tokens);
  const formula = parser.comparison(0);
  return formula && parser.done() ? formula : null;
}

const LEVELS: readonly (readonly Operator[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  done = () => this.at === this.tokens.length;
  private peek = (): Token | undefined => this.tokens[this.at];
  private operator = () => {
    const token = this.peek();
    return token?.kind === "operator" ? token.text : undefined;
  };

  /** Excel's precedence: comparison, then + and -, * and /, ^, %, and a negation binds tightest. */
  comparison = (depth: number) => this.chain(0, depth);

  private chain(level: number, depth: number): Formula | null {
    const operand = () => (level + 1 < LEVELS.length ? this.chain(level + 1, depth) : this.percent(depth));
    const first = operand();
    if (!first) return null;
    const links: (readonly [Operator, Formula])[] = [];
    for (let op = this.operator(); LEVELS[level]!.includes(op as Operator); op = this.operator()) {
      this.at++;
      const next = operand();
      if (!next) return null;
      links.push([op as Operator, next]);
    }
    return links.length === 0 ? first : { chain: first, links };
  }

  private percent(depth: number): Formula | null {
    let value = this.unary(depth);
    while (value && this.operator() === "%") {
      this.at++;
      value = { percent: value };
    }
    return value;
  }

  private unary(depth: number): Formula | null {
    const token = this.peek();
    if (!token || depth > MAX_DEPTH) return null;
    this.at++;
    if (token.kind === "number") return { number: Number(token.text) };
    if (token.kind === "text") return { text: token.text.slice(1, -1).replace(/""/g, '"') };
    if (token.kind === "cell") return { reference: this.range(token) };
    if (token.kind === "name") return this.call(token.text.toUpperCase(), depth);
    if (token.text === "-" || token.text === "+") {
      // A sign applies before a percent or a power: Excel's =-2^2 is 4.
      const value = this.unary(depth + 1);
      return value && (token.text === "-" ? { negated: value } : value);
    }
    if (token.text !== "(") return null;
    const inner = this.comparison(depth + 1);
    if (!inner || this.operator() !== ")") return null;
    this.at++;
    return inner;
  }

  /** A cell, or the range from it to the cell after a ":" on the same sheet. */
  private range(from: Token & { kind: "cell" }): Reference {
    const next = this.tokens[this.at + 1];
    const to =
      this.operator() === ":" &&
      next?.kind === "cell" &&
      (next.sheet === undefined || sameName(next.sheet, from.sheet))
        ? ((this.at += 2), next)
        : from;
    return { ...(from.sheet !== undefined ? { sheet: from.sheet } : {}), area: areaBetween(from, to) };
  }

  private call(name: string, depth: number): Formula | null {
    // TRUE and FALSE are values; TRUE() and FALSE() (as LibreOffice writes them) are functions.
    if (this.operator() !== "(")
      return name === "TRUE" || name === "FALSE" ? { logical: name === "TRUE" } : null;
    this.at++;
    const args: Formula[] = [];
    if (this.operator() === ")") {
      this.at++;
      return { call: name, args };
    }
    for (;;) {
      const arg = this.comparison(depth + 1);
      if (!arg) return null;
      args.push(arg);
      const op = this.operator();
      this.at++;
      if (op === ")") return { call: name, args };
      if (op !== ",") return null;
    }
  }
}

const sameName = (a: string, b: string | undefined) => b !== undefined && a.toUpperCase() === b.toUpperCase();

/** Every reference a formula's text makes, in the order written; none where it is no formula read here. */
export const referencesIn: (text: string) => readonly Reference[] = remembered(referencesOf, 1024);

function referencesOf(text: string): Reference[] {
  const formula = parseFormula(text);
  const out: Reference[] = [];
  const walk = (f: Formula): void => {
    if ("reference" in f) out.push(f.reference);
    else if ("negated" in f) walk(f.negated);
    else if ("percent" in f) walk(f.percent);
    else if ("chain" in f) {
      walk(f.chain);
      for (const [, link] of f.links) walk(link);
    } else if ("call" in f) f.args.forEach(walk);
  };
  if (formula) walk(formula);
  return out;
}
