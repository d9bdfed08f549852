/** A piece of a format's section: literal text (quoted, escaped…), a bracket's content, or a format character. */
export interface Piece {
  readonly kind: "literal" | "bracket" | "code";
  /** As written in the format, quotes, backslash and brackets included. */
  readonly raw: string;
  /** The bracket's content, or the text a literal writes. */
  readonly text: string;
}

/** The format's sections, each as its pieces; undefined where a quote or bracket is left open. */
export function splitSections(code: string): Piece[][] | undefined {
  const sections: Piece[][] = [[]];
  let i = 0;
  const push = (piece: Piece) => sections[sections.length - 1]!.push(piece);
  while (i < code.length) {
    const c = code[i]!;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return undefined;
      push({ kind: "literal", raw: code.slice(i, end + 1), text: code.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "\\" || c === "_" || c === "*") {
      // Each takes the next character as it is: written (\), its width as space (_), repeated (*).
      if (i + 1 >= code.length) return undefined;
      push({ kind: "literal", raw: code.slice(i, i + 2), text: code[i + 1]! });
      i += 2;
    } else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      if (end < 0) return undefined;
      push({ kind: "bracket", raw: code.slice(i, end + 1), text: code.slice(i + 1, end) });
      i = end + 1;
    } else if (c === ";") {
      sections.push([]);
      i += 1;
    } else {
      push({ kind: "code", raw: c, text: c });
      i += 1;
    }
  }
  return sections;
}

/** Whether a piece writes characters a person sees: a quoted or escaped text, or one repeated to fill. */
export const writes = (piece: Piece) => piece.kind === "literal" && !piece.raw.startsWith("_");

/** Whether a piece is a condition, as Excel, LibreOffice and the formatter each tell one from a colour or locale. */
export const opensCondition = (piece: Piece) => piece.kind === "bracket" && /^\s*[<>=]/.test(piece.text);

/** Whether a section holds the text placeholder `@` as a format character. */
export const holdsTextPlaceholder = (section: readonly Piece[]) =>
  section.some((piece) => piece.kind === "code" && piece.raw === "@");

/** The section of a format a text is shown in (see `shownText`), if it has one. */
export function textSection(code: string): Piece[] | undefined {
  const sections = splitSections(code);
  if (!sections) return undefined;
  const last = sections[sections.length - 1]!;
  return sections.length >= 4 ? sections[3]! : holdsTextPlaceholder(last) ? last : undefined;
}

/**
 * What a format shows for a text: its text section — the fourth (LibreOffice ignores any after it), or a
 * last one holding `@` — with `@` as the text and literals as written (`;;;"TƯLĐTT xếp loại B"` shows
 * that heading whatever the cell holds); the text itself where the format has none.
 */
export function shownText(code: string, text: string): string {
  const section = textSection(code);
  if (!section) return text;
  return section
    .map((piece) => {
      if (piece.kind === "bracket") return "";
      if (piece.kind === "code") return piece.raw === "@" ? text : piece.raw;
      return piece.raw.startsWith("_") ? " " : piece.text;
    })
    .join("");
}
