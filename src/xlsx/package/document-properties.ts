import { DCTERMS_NS } from "../xml/read-namespaces";
import { streamXml } from "../xml/xml-stream";

const EXTENDED_PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

/** Longer than any date or program name ("LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/…"). */
const MAX_TEXT = 200;

/** The text of a properties part's first element of a name, under its root, cut at MAX_TEXT. */
function propertyText(xml: string, tag: string, namespace: string): string {
  let reading = false;
  let text = "";
  streamXml(xml, {
    open: (name, _, __, at, depth) => void (reading = depth === 1 && name === tag && at === namespace),
    text: (chunk) => void (reading && text.length < MAX_TEXT && (text += chunk)),
    close: () => void (reading = false),
  });
  return text.trim().slice(0, MAX_TEXT);
}

/** dcterms:modified of the core properties, as ISO 8601, when it is a date. */
export function readModifiedAt(xml: string): string | undefined {
  const text = propertyText(xml, "modified", DCTERMS_NS);
  const date = new Date(text);
  return text && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/**
 * The program an .xlsx says saved it: the extended properties' `Application` ("Microsoft Excel",
 * "LibreOffice/7.4…", "gnumeric"), so that advice names that program's own commands.
 */
export function readApplication(xml: string): string | undefined {
  return propertyText(xml, "Application", EXTENDED_PROPERTIES_NS) || undefined;
}
