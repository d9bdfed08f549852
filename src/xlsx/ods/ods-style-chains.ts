import { strFromU8 } from "fflate";
import { streamXml } from "../xml/xml-stream";
import { STYLE_NS } from "./odf-units";

/** The named style LibreOffice ends every cell style's chain at. */
const DEFAULT = "Default";
/** As deep as this reader follows a chain of parents (`ods-inks`, `ods-data-styles`). */
const MAX_DEPTH = 8;

/**
 * Refuses an .ods whose cell styles' chains of parents LibreOffice ends otherwise than this reader
 * (red team, round 27: 1,254 shown as "1", blank, white on cream or 1 pt high, all ready): a parent the
 * document does not hold or a loop of parents (LibreOffice falls through to its named Default style), and
 * a chain deeper than the reader follows (LibreOffice follows it all).
 */
export function checkOdsStyleChains(parts: readonly (Uint8Array | undefined)[]): void {
  const parents = new Map<string, string | undefined>();
  for (const part of parts) {
    if (part === undefined) continue;
    streamXml(strFromU8(part), {
      open(name, attributes, _, namespace) {
        if (name !== "style" || !STYLE_NS.has(namespace)) return;
        if (attributes.get("family", STYLE_NS) !== "table-cell") return;
        const own = attributes.get("name", STYLE_NS);
        if (own !== undefined) parents.set(own, attributes.get("parent-style-name", STYLE_NS));
      },
    });
  }
  for (const [style, first] of parents) {
    if (style === DEFAULT) continue;
    const met = new Set([style]);
    for (let parent = first; parent !== undefined && parent !== DEFAULT; parent = parents.get(parent)) {
      if (!parents.has(parent))
        throw new Error(`cell style ${style.slice(0, 40)} of a parent the file lacks`);
      if (met.size === met.add(parent).size) throw new Error(`cell style ${style.slice(0, 40)} in a loop`);
      if (met.size > MAX_DEPTH) throw new Error(`cell style ${style.slice(0, 40)} of too many parents`);
    }
  }
}
