import type { XmlAttributes } from "../../xml/xml-stream";
import { STYLE_NS, TABLE_NS } from "./odf-units";

const OFFICE_URI = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const CALCEXT_NS = new Set(["urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"]);

/** The named style LibreOffice ends every cell style's chain of parents at. */
export const NAMED_DEFAULT = "Default";

/**
 * The longest chain of parents followed: LibreOffice follows any, no program writes one this long, and a
 * longer one is refused (`check`) rather than cut short.
 */
export const MAX_CHAIN = 32;

/** The most conditions (`style:map`) of a style read: no program writes more. */
export const MAX_MAPS = 16;

/** The built-in styles whose names LibreOffice writes otherwise than it shows them (ScStyleNameConversion). */
const PROGRAMMATIC = new Map([
  ["Heading1", "Heading 1"],
  ["Heading2", "Heading 2"],
  ["Accent1", "Accent 1"],
  ["Accent2", "Accent 2"],
  ["Accent3", "Accent 3"],
]);
const USER_SUFFIX = " (user)";

/** The name LibreOffice gives a cell style it is told of: without " (user)", a built-in's shown name. */
const shownName = (name: string) =>
  name.endsWith(USER_SUFFIX) ? name.slice(0, -USER_SUFFIX.length) : (PROGRAMMATIC.get(name) ?? name);

/** How a name is used: a named style's (a parent, a map's), a cell's or column's own, a condition's (shown). */
type Use = "n" | "c" | "s";

/**
 * The cell styles' parents as LibreOffice links them (red team, rounds 27 and 28, checked with it): a style
 * takes what it leaves unset from the named style (of `office:styles`) it names as its parent, and
 * otherwise — no parent, a parent the file lacks, an automatic style named as one — from the named Default
 * style, which takes from the document's default style (`style:default-style`). The reader of each part
 * calls `open` and `close` with its elements, so no part is read again for this; `check` refuses the names
 * LibreOffice reads otherwise than by their letters.
 */
export class OdsStyleParents {
  /** Each named cell style, with the parent each of its definitions names. */
  private readonly named = new Map<string, (string | undefined)[]>();
  /** The names LibreOffice shows the named styles by, and the styles of each. */
  private readonly shown = new Map<string, Set<string>>();
  /** The content's automatic cell styles. */
  private readonly automatic = new Set<string>();
  /** The names the document uses for a style, once each, after how it uses them (`Use`). */
  private readonly used = new Set<string>();
  private part: "styles" | "content" = "styles";
  private section = "";

  /**
   * `judgesNames`: whether `check` is to judge how the document names its styles (see `check`); a reader
   * that only links styles to their parents leaves the judging to one that does, and records no use.
   */
  constructor(private readonly judgesNames = true) {}

  /**
   * Says which part the elements `open` is given next come from: LibreOffice tells its named styles from
   * its automatic ones by the part, whatever its root is called (`office:document` in either is read).
   */
  reading(part: "styles" | "content"): void {
    this.part = part;
  }

  open(namespace: string, name: string, attributes: XmlAttributes, depth: number): void {
    if (depth === 1 && namespace === OFFICE_URI) this.section = name;
    if (STYLE_NS.has(namespace)) this.openStyle(name, attributes, depth);
    else if (!this.judgesNames) return;
    else if (TABLE_NS.has(namespace)) {
      const own =
        name === "table-cell" || name === "covered-table-cell"
          ? attributes.get("style-name", TABLE_NS)
          : name === "table-column" || name === "table-row"
            ? attributes.get("default-cell-style-name", TABLE_NS)
            : undefined;
      if (own !== undefined) this.used.add(`c${own}`);
    } else if (CALCEXT_NS.has(namespace) && name === "condition") {
      const applied = attributes.get("apply-style-name", CALCEXT_NS);
      if (applied !== undefined) this.used.add(`s${applied}`);
    }
  }

  close(depth: number): void {
    if (depth === 1) this.section = "";
  }

  /**
   * Where a cell style element at `depth` belongs, once `open` has seen it: a named one, one of the
   * content's automatic ones, or none LibreOffice applies to a cell (styles.xml's automatic styles).
   */
  kindAt(depth: number): "named" | "automatic" | null {
    if (depth !== 2) return null;
    if (this.part === "styles" && this.section === "styles") return "named";
    return this.part === "content" && this.section === "automatic-styles" ? "automatic" : null;
  }

  /**
   * The style a definition of `style` that names `declared` as its parent takes from; undefined where it
   * takes from the default style.
   */
  parentOf(style: string, declared: string | undefined): string | undefined {
    if (style === NAMED_DEFAULT && this.named.has(NAMED_DEFAULT)) return undefined;
    if (declared !== undefined && this.named.has(declared)) return declared;
    return this.named.has(NAMED_DEFAULT) ? NAMED_DEFAULT : undefined;
  }

  /** The style a cell or column naming `style` is drawn in: its own where the document has it, else Default. */
  ownStyle(style: string): string {
    return this.automatic.has(style) || this.named.has(style) || this.shown.has(style)
      ? style
      : NAMED_DEFAULT;
  }

  /**
   * Refuses what LibreOffice reads otherwise than the readers: a loop of parents (it breaks one where the
   * file's order falls), a chain longer than MAX_CHAIN; two named styles it shows by one name (it makes one
   * of them), an automatic style named as a named one, and a style named otherwise than by its own name
   * (by its shown name, "Foo (user)", "Heading1"), which LibreOffice finds where the readers do not (round
   * 28: 1,254 shown as "1", all ready).
   */
  check(): void {
    for (const [shown, styles] of this.shown)
      if (styles.size > 1) throw new Error(`two cell styles shown as ${shown.slice(0, 40)}`);
    for (const style of this.automatic)
      if (style === NAMED_DEFAULT || this.named.has(style) || this.shown.has(style))
        throw new Error(`automatic cell style ${style.slice(0, 40)} named as a named one`);
    for (const key of this.used) {
      const [use, name] = [key[0] as Use, key.slice(1)];
      if (use === "c" && this.automatic.has(name)) continue;
      const exact = this.named.has(name) || (use === "s" && this.shown.has(name));
      if (!exact && this.shown.has(shownName(name)))
        throw new Error(`cell style named ${name.slice(0, 40)} otherwise than by its name`);
    }
    this.checkChains();
  }

  private openStyle(name: string, attributes: XmlAttributes, depth: number): void {
    if (name === "map" && depth === 3) {
      const applied = this.judgesNames ? attributes.get("apply-style-name", STYLE_NS) : undefined;
      if (applied !== undefined) this.used.add(`n${applied}`);
      return;
    }
    if (name !== "style" || attributes.get("family", STYLE_NS) !== "table-cell") return;
    const own = attributes.get("name", STYLE_NS);
    const kind = this.kindAt(depth);
    if (own === undefined || kind === null) return;
    const parent = attributes.get("parent-style-name", STYLE_NS);
    if (parent !== undefined && this.judgesNames) this.used.add(`n${parent}`);
    if (kind === "automatic") {
      this.automatic.add(own);
      return;
    }
    const parents = this.named.get(own) ?? [];
    this.named.set(own, parents);
    parents.push(parent);
    const shown = shownName(attributes.get("display-name", STYLE_NS) ?? own);
    const styles = this.shown.get(shown) ?? new Set();
    this.shown.set(shown, styles.add(own));
  }

  private checkChains(): void {
    const lengths = new Map<string, number>();
    const onPath = new Set<string>();
    const lengthOf = (style: string): number => {
      const known = lengths.get(style);
      if (known !== undefined) return known;
      if (onPath.has(style)) throw new Error(`cell style ${style.slice(0, 40)} in a loop of parents`);
      onPath.add(style);
      let longest = 1;
      for (const declared of this.named.get(style) ?? []) {
        const parent = this.parentOf(style, declared);
        if (parent !== undefined) longest = Math.max(longest, 1 + lengthOf(parent));
        if (longest > MAX_CHAIN) throw new Error(`cell style ${style.slice(0, 40)} of too many parents`);
      }
      onPath.delete(style);
      lengths.set(style, longest);
      return longest;
    };
    for (const style of this.named.keys()) lengthOf(style);
  }
}
