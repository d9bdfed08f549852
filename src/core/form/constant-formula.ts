/**
 * The result of a formula made of numbers alone (=120+35, =2*(40-3), =15%), as Excel computes it; null
 * for any other formula (a reference, a function, text), whose result cannot be known from the formula.
 * Excel's precedence: negation, then %, ^, * and /, + and -; a negation binds tighter than ^ (=-2^2 is 4).
 */
export function constantResult(formula: string): number | null {
  const tokens = formula.match(TOKEN);
  if (!tokens || tokens.join("").replace(/\s+/g, "") !== formula.replace(/\s+/g, "")) return null;
  const parser = new Parser(tokens.filter((t) => t.trim() !== ""));
  const value = parser.sum(0);
  return value !== null && parser.done() && Number.isFinite(value) ? value : null;
}

const TOKEN = /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|[-+*/^%()]|\s+/g;
/** Deeper nesting than any person types: such a formula is left unverified rather than recursed into. */
const MAX_DEPTH = 64;

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly string[]) {}

  done = () => this.at === this.tokens.length;
  private peek = () => this.tokens[this.at];

  sum(depth: number): number | null {
    let left = this.product(depth);
    while (left !== null && (this.peek() === "+" || this.peek() === "-")) {
      const op = this.tokens[this.at++];
      const right = this.product(depth);
      left = right === null ? null : op === "+" ? left + right : left - right;
    }
    return left;
  }

  private product(depth: number): number | null {
    let left = this.power(depth);
    while (left !== null && (this.peek() === "*" || this.peek() === "/")) {
      const op = this.tokens[this.at++];
      const right = this.power(depth);
      // Excel's #DIV/0! is no figure.
      left = right === null || (op === "/" && right === 0) ? null : op === "*" ? left * right : left / right;
    }
    return left;
  }

  private power(depth: number): number | null {
    let left = this.percent(depth);
    while (left !== null && this.peek() === "^") {
      this.at++;
      const right = this.percent(depth);
      left = right === null ? null : left ** right;
    }
    return left;
  }

  private percent(depth: number): number | null {
    let value = this.unary(depth);
    while (value !== null && this.peek() === "%") {
      this.at++;
      value /= 100;
    }
    return value;
  }

  private unary(depth: number): number | null {
    const token = this.peek();
    if (token === "-" || token === "+") {
      if (depth > MAX_DEPTH) return null;
      this.at++;
      const value = this.unary(depth + 1);
      return value === null ? null : token === "-" ? -value : value;
    }
    if (token === "(") {
      if (depth > MAX_DEPTH) return null;
      this.at++;
      const value = this.sum(depth + 1);
      if (this.peek() !== ")") return null;
      this.at++;
      return value;
    }
    if (token === undefined || !/^[\d.]/.test(token)) return null;
    this.at++;
    return Number(token);
  }
}
