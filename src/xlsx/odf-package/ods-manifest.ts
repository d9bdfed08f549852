import { strFromU8 } from "fflate";
import { streamXml } from "../xml/xml-stream";

const MANIFEST_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"]);

/**
 * Whether an OpenDocument manifest lists `part` among the package's files. LibreOffice opens no package
 * whose content its manifest leaves out, while SheetJS reads the content all the same (red team, round 44).
 */
export function manifestLists(manifest: Uint8Array, part: string): boolean {
  let listed = false;
  streamXml(strFromU8(manifest), {
    open(name, attributes, _, namespace) {
      if (MANIFEST_NS.has(namespace) && name === "file-entry")
        listed ||= attributes.get("full-path", MANIFEST_NS) === part;
    },
  });
  return listed;
}
