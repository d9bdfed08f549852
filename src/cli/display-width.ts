/**
 * How many terminal columns a text takes: a combining mark none (a name typed in decomposed form, "Hòa"
 * as o + U+0300, is as wide as the composed one), an East Asian wide or fullwidth character two.
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060]/u;

/** The East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F), enough for names. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

const charWidth = (char: string) => (ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1);

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The text padded with spaces to `width` columns. */
export const padTo = (text: string, width: number) =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)));

/**
 * The text cut to at most `width` columns, ending in "…" when cut; a character's combining marks stay
 * with it (kept or cut together) and a wide character never straddles the edge.
 */
export function cutTo(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let kept = "";
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width - 1) break;
    kept += char;
    used += w;
  }
  return `${kept.trimEnd()}…`;
}

/** A word longer than a line, broken into pieces of at most `width` columns. */
function pieces(word: string, width: number): string[] {
  const out: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece && displayWidth(piece + char) > width) {
      out.push(piece);
      piece = "";
    }
    piece += char;
  }
  return piece ? [...out, piece] : out;
}

/**
 * A paragraph as lines of at most `width` columns, broken at spaces: the first line starts with `first`,
 * the others with `indent` (a hanging indent keeps a long message under its own start). A word wider
 * than a line is broken inside; `width` narrower than the indents still gives one column of text.
 */
export function wrapTo(
  text: string,
  width: number,
  first = "",
  indent = first.replace(/\S/g, " "),
): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const room = (prefix: string) => Math.max(1, width - displayWidth(prefix));
  for (const word of text.split(/ +/).filter(Boolean)) {
    const joined = empty ? line + word : `${line} ${word}`;
    if (displayWidth(joined) <= width) {
      line = joined;
      empty = false;
      continue;
    }
    if (!empty) {
      lines.push(line);
      line = indent;
    }
    const parts = pieces(word, room(line));
    for (const part of parts.slice(0, -1)) {
      lines.push(line + part);
      line = indent;
    }
    line += parts[parts.length - 1]!;
    empty = false;
  }
  return [...lines, line.trimEnd()];
}
