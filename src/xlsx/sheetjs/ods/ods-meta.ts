import { strFromU8 } from "fflate";
import { streamXml } from "../../xml/xml-stream";

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

type MetaField = "date" | "created" | "generator";

/** The meta.xml fields read: each's first text, cut at 200 characters (no date or program name is longer). */
function metaFields(meta: Uint8Array): Partial<Record<MetaField, string>> {
  const found: Partial<Record<MetaField, string>> = {};
  let reading: MetaField | null = null;
  let text = "";
  streamXml(strFromU8(meta), {
    open(name, _, __, namespace, depth) {
      const inMeta = depth === 2;
      reading = !inMeta
        ? null
        : name === "date" && DC_NS.has(namespace)
          ? "date"
          : name === "creation-date" && META_NS.has(namespace)
            ? "created"
            : name === "generator" && META_NS.has(namespace)
              ? "generator"
              : null;
      text = "";
    },
    text(chunk) {
      if (reading && text.length < 200) text += chunk;
    },
    close() {
      if (reading) found[reading] ??= text;
      reading = null;
    },
  });
  return found;
}

/**
 * When an .ods says it was last saved: meta.xml's `dc:date` (LibreOffice writes it at each save, in local
 * time without a zone, read as UTC), else its `meta:creation-date`. Two versions of one unit's report are
 * told apart by it, as an .xlsx's by `dcterms:modified` (red team, round 57: an older .ods kept over its
 * correction, which had landed on disk first, by the files' own times).
 */
export function odsSavedAt(meta: Uint8Array | undefined): string | undefined {
  if (!meta) return undefined;
  const found = metaFields(meta);
  return (
    (found.date !== undefined ? isoOf(found.date) : undefined) ??
    (found.created !== undefined ? isoOf(found.created) : undefined)
  );
}

/** The program an .ods says saved it: meta.xml's `meta:generator` ("LibreOffice/7.4…", "gnumeric/1.12…"). */
export function odsGenerator(meta: Uint8Array | undefined): string | undefined {
  return (meta && metaFields(meta).generator?.trim()) || undefined;
}
