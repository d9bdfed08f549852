import { strFromU8 } from "fflate";
import type { PageText } from "../../../core/grid/grid";
import { streamXml } from "../../xml/xml-stream";
import { STYLE_NS } from "./odf-units";

const TEXT_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:text:1.0"]);

/** A master page's headers and footers: every page's, left (even) pages', the first page's. */
const PLACES: Readonly<Record<string, PageText["place"]>> = {
  header: "header",
  "header-left": "header",
  "header-first": "header",
  footer: "footer",
  "footer-left": "footer",
  "footer-first": "footer",
};
const REGIONS: Readonly<Record<string, PageText["section"]>> = {
  "region-left": "left",
  "region-center": "center",
  "region-right": "right",
};
/**
 * Fields as a person reads them printed (as `pageTextSections` writes Excel's), the sheet's name and the
 * document's title apart; a field not among them (its file's name) prints the text it holds when saved.
 */
const FIELDS: Readonly<Record<string, string>> = {
  "page-number": "{page}",
  "page-count": "{pages}",
  date: "{date}",
  time: "{time}",
};
/** Stands for the name of the sheet printed, which a `text:sheet-name` field prints. */
const SHEET = "\u0000";
/** A header's or footer's text is read this far; a run of spaces as at most a few (red team, round 10). */
const MAX_TEXT = 8_192;
const MAX_SPACES = 8;

/**
 * The headers and footers of an .ods's master pages (styles.xml), by master page: what each region
 * prints (a header or footer without regions prints in the centre), fields as a person reads them, one
 * hidden (`style:display="false"`) left out: each master page's, with the name of the sheet printed.
 */
export function odsPageTexts(
  styles: Uint8Array | undefined,
  meta: Uint8Array | undefined,
): (master: string, sheet: string) => PageText[] {
  const title = meta ? documentTitle(meta) : "";
  const masters = new Map<string, PageText[]>();
  let master: PageText[] | null = null;
  let place: PageText["place"] | null = null;
  let section: PageText["section"] = "center";
  let text: string | null = null;
  /** The depth of a field being read, whose own text (its value when saved) is not printed as such. */
  let field: number | null = null;
  const finish = () => {
    const printed = text?.trim();
    if (master && place && printed) master.push({ place, section, text: printed });
    text = null;
  };
  if (styles)
    streamXml(strFromU8(styles), {
      open(name, attributes, _, namespace, depth) {
        if (STYLE_NS.has(namespace)) {
          if (name === "master-page") {
            const key = attributes.get("name", STYLE_NS) ?? "";
            if (!masters.has(key)) masters.set(key, (master = []));
            else master = null;
          } else if (master && PLACES[name] && attributes.get("display", STYLE_NS) !== "false") {
            [place, section, text] = [PLACES[name], "center", ""];
          } else if (place && REGIONS[name]) {
            finish();
            [section, text] = [REGIONS[name], ""];
          }
          return;
        }
        if (!TEXT_NS.has(namespace) || text === null || field !== null) return;
        if (name === "sheet-name") [text, field] = [text + SHEET, depth];
        else if (name === "title") [text, field] = [text + title, depth];
        else if (FIELDS[name] !== undefined) [text, field] = [text + FIELDS[name], depth];
        else if (name === "s")
          text += " ".repeat(Math.min(MAX_SPACES, Number(attributes.get("c", TEXT_NS) ?? 1) || 1));
        else if (name === "tab" || name === "line-break") text += " ";
        else if (name === "p" && text !== "") text += " ";
      },
      text(chunk) {
        if (text !== null && field === null && text.length < MAX_TEXT)
          text = (text + chunk).slice(0, MAX_TEXT);
      },
      close(name, namespace, depth) {
        if (depth === field) field = null;
        else if (STYLE_NS.has(namespace) && (REGIONS[name] || PLACES[name])) {
          finish();
          if (PLACES[name]) place = null;
        } else if (STYLE_NS.has(namespace) && name === "master-page") master = null;
      },
    });
  return (name, sheet) =>
    (masters.get(name) ?? []).map((page) => ({ ...page, text: page.text.split(SHEET).join(sheet) }));
}

const DC_NS = new Set(["http://purl.org/dc/elements/1.1/"]);

/** The document's title (meta.xml's `dc:title`), which a `text:title` field prints (red team, round 10). */
function documentTitle(meta: Uint8Array): string {
  let title = "";
  let inTitle = false;
  streamXml(strFromU8(meta), {
    open(name, _, __, namespace) {
      inTitle = name === "title" && DC_NS.has(namespace);
    },
    text(chunk) {
      if (inTitle && title.length < MAX_TEXT) title += chunk;
    },
    close() {
      inTitle = false;
    },
  });
  return title.slice(0, MAX_TEXT);
}
