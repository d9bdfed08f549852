import type { XmlAttributes } from "../xml/xml-stream";
import { STYLE_NS } from "./odf-units";

const OFFICE_URI = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

/** The named style LibreOffice ends every cell style's chain of parents at. */
export const NAMED_DEFAULT = "Default";

/**
 * The longest chain of parents followed: LibreOffice follows any, no program writes one this long, and a
 * longer one is refused (`check`) rather than cut short.
 */
export const MAX_CHAIN = 32;

/**
 * The cell styles' parents as LibreOffice links them (red team, round 27, and checked with it): a style
 * takes what it leaves unset from the named style (of `office:styles`) it names as its parent, and
 * otherwise — no parent, a parent the file lacks, an automatic style named as one — from the named Default
 * style, which takes from the document's default style (`style:default-style`). The reader of each part
 * calls `open` and `close` with its elements, so no part is read again for this.
 */
export class OdsStyleParents {
  /** Each named cell style, with the parent each of its definitions names. */
  private readonly named = new Map<string, (string | undefined)[]>();
  private inNamedStyles = false;

  open(namespace: string, name: string, attributes: XmlAttributes, depth: number): void {
    if (depth === 1 && name === "styles" && namespace === OFFICE_URI) this.inNamedStyles = true;
    if (!this.inNamedStyles || depth !== 2 || name !== "style" || !STYLE_NS.has(namespace)) return;
    if (attributes.get("family", STYLE_NS) !== "table-cell") return;
    const own = attributes.get("name", STYLE_NS);
    if (own === undefined) return;
    const parents = this.named.get(own) ?? [];
    this.named.set(own, parents);
    parents.push(attributes.get("parent-style-name", STYLE_NS));
  }

  close(depth: number): void {
    if (depth === 1) this.inNamedStyles = false;
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

  /**
   * Refuses what LibreOffice ends otherwise than the readers: a loop of parents (it breaks one where the
   * file's order falls) and a chain longer than MAX_CHAIN.
   */
  check(): void {
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
