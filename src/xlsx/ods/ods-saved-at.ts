import { strFromU8 } from "fflate";
import { streamXml } from "../xml/xml-stream";

const DC_NS = new Set(["http://purl.org/dc/elements/1.1/"]);
const META_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:meta:1.0"]);

/** A date and time as ISO 8601 in UTC, one given without a zone taken as UTC; none where not a date. */
function isoOf(text: string): string | undefined {
  const given = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(given)) return undefined;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(given) || !given.includes("T") ? given : `${given}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * When an .ods says it was last saved: meta.xml's `dc:date` (LibreOffice writes it at each save, in local
 * time without a zone, read as UTC), else its `meta:creation-date`. Two versions of one unit's report are
 * told apart by it, as an .xlsx's by `dcterms:modified` (red team, round 57: an older .ods kept over its
 * correction, which had landed on disk first, by the files' own times).
 */
export function odsSavedAt(meta: Uint8Array | undefined): string | undefined {
  if (!meta) return undefined;
  const found: { date?: string; created?: string } = {};
  let reading: "date" | "created" | null = null;
  let text = "";
  streamXml(strFromU8(meta), {
    open(name, _, __, namespace, depth) {
      const inMeta = depth === 2;
      reading =
        inMeta && name === "date" && DC_NS.has(namespace)
          ? "date"
          : inMeta && name === "creation-date" && META_NS.has(namespace)
            ? "created"
            : null;
      text = "";
    },
    text(chunk) {
      if (reading && text.length < 64) text += chunk;
    },
    close() {
      if (reading) found[reading] ??= text;
      reading = null;
    },
  });
  return (
    (found.date !== undefined ? isoOf(found.date) : undefined) ??
    (found.created !== undefined ? isoOf(found.created) : undefined)
  );
}
