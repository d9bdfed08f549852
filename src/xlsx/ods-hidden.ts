import { strFromU8 } from "fflate";
import { streamXml } from "./xml-stream";

const STYLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:style:1.0"]);
const TABLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:table:1.0"]);

/**
 * The sheets of an .ods that spreadsheet programs hide: those whose table style says
 * `table:display="false"`. SheetJS reads every .ods sheet as visible, so a form hidden behind a visible
 * look-alike would otherwise be rolled up unseen.
 */
export function hiddenOdsSheets(content: Uint8Array): Set<string> {
  const hiddenStyles = new Set<string>();
  const hidden = new Set<string>();
  let style: string | null = null;
  streamXml(strFromU8(content), {
    open(name, attributes, _, namespace) {
      if (STYLE_NS.has(namespace) && name === "style")
        style =
          attributes.get("family", STYLE_NS) === "table" ? (attributes.get("name", STYLE_NS) ?? null) : null;
      else if (STYLE_NS.has(namespace) && name === "table-properties" && style !== null)
        if (attributes.get("display", TABLE_NS) === "false") hiddenStyles.add(style);
      if (TABLE_NS.has(namespace) && name === "table") {
        const tableStyle = attributes.get("style-name", TABLE_NS);
        if (tableStyle !== undefined && hiddenStyles.has(tableStyle))
          hidden.add(attributes.get("name", TABLE_NS) ?? "");
      }
    },
    close(name, namespace) {
      if (STYLE_NS.has(namespace) && name === "style") style = null;
    },
  });
  return hidden;
}
