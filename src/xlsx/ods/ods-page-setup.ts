import { strFromU8 } from "fflate";
import type { SheetPrint } from "../../core/grid/grid";
import { lengthPoints } from "../../core/grid/paper";
import { AUTO_TEXT, isLegible, NO_FILL } from "../../core/report/legible";
import { streamXml, type XmlAttributes } from "../xml/xml-stream";
import { DRAW_NS } from "./ods-drawings";
import { colourOf } from "./ods-inks";
import { FO_NS } from "./odf-units";

const STYLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:style:1.0"]);
const XLINK_NS = new Set(["http://www.w3.org/1999/xlink"]);

type PageSetup = Omit<SheetPrint, "areas">;

/**
 * What a page style prints beside the cells (`style:print`, a list of words): formulas in place of their
 * results where it lists "formulas", a zero as an empty cell where it is given and lacks "zero-values".
 */
function printed(list: string | undefined): Pick<PageSetup, "formulasPrinted" | "zerosUnprinted"> {
  if (list === undefined) return {};
  const words = new Set(list.split(/[ \t\r\n]+/));
  return {
    ...(words.has("formulas") ? { formulasPrinted: true } : {}),
    ...(words.has("zero-values") ? {} : { zerosUnprinted: true }),
  };
}

/** Fills of a page that are no plain colour: what they draw behind the cells cannot be judged. */
const DRAWN_FILLS = new Set(["bitmap", "gradient", "hatch"]);

/**
 * Whether a page layout's properties put something behind the cells that black text may not be read on
 * (red team, round 53: a black page hid the form's title, labels and signature lines on the printout): a
 * picture, a gradient or hatch, or a colour (`draw:fill-color` of a solid fill, `fo:background-color`).
 */
function behindCells(attributes: XmlAttributes): boolean {
  const fill = attributes.get("fill", DRAW_NS)?.trim();
  if (fill !== undefined && DRAWN_FILLS.has(fill)) return true;
  const colours = [
    attributes.get("background-color", FO_NS),
    fill === "solid" ? attributes.get("fill-color", DRAW_NS) : undefined,
  ];
  return colours.some((given) => {
    if (given === undefined) return false;
    const colour = colourOf(given.trim());
    return colour === null || (colour !== NO_FILL && !isLegible({ text: AUTO_TEXT, background: colour }));
  });
}

/** A whole number LibreOffice reads from a scale ("10%", "2"): by the digits it starts with. */
const whole = (text: string | undefined) => (text === undefined ? undefined : parseInt(text, 10) || 0);

/**
 * The page setup of an .ods's master pages (styles.xml), by master page: its page layout's paper
 * (`fo:page-width`, `fo:page-height`, as it prints), margins, the room its header and footer take
 * (`fo:min-height`, as LibreOffice writes an .xlsx's header and footer margins), and its scale
 * (`style:scale-to`) or fit to pages (`style:scale-to-X`, `style:scale-to-Y`, or `style:scale-to-pages`
 * in all).
 */
export function odsPageSetups(styles: Uint8Array | undefined): (master: string) => PageSetup | undefined {
  const layouts = new Map<string, PageSetup>();
  const masters = new Map<string, string>();
  if (!styles) return () => undefined;
  let layout: string | null = null;
  /** The room headers and footers take above and below the cells, by layout. */
  const bands = new Map<string, number>();
  /** The layouts that print on a background (`behindCells`, or a `style:background-image` of a picture). */
  const backgrounds = new Set<string>();
  let inProperties = false;
  streamXml(strFromU8(styles), {
    open(name, attributes, _, namespace) {
      if (!STYLE_NS.has(namespace)) return;
      if (name === "page-layout") layout = attributes.get("name", STYLE_NS) ?? null;
      else if (name === "master-page") {
        const master = attributes.get("name", STYLE_NS);
        const used = attributes.get("page-layout-name", STYLE_NS);
        if (master !== undefined && used !== undefined && !masters.has(master)) masters.set(master, used);
      } else if (layout !== null && name === "page-layout-properties" && !layouts.has(layout)) {
        inProperties = true;
        if (behindCells(attributes)) backgrounds.add(layout);
        const length = (what: string) => lengthPoints(attributes.get(what, FO_NS));
        const [width, height] = [length("page-width"), length("page-height")];
        const margin = (side: string) => Math.max(0, length(`margin-${side}`) ?? length("margin") ?? 0);
        const x = whole(attributes.get("scale-to-X", STYLE_NS));
        const y = whole(attributes.get("scale-to-Y", STYLE_NS));
        const pages = whole(attributes.get("scale-to-pages", STYLE_NS));
        const scale = whole(attributes.get("scale-to", STYLE_NS));
        layouts.set(layout, {
          ...printed(attributes.get("print", STYLE_NS)),
          ...(scale !== undefined ? { scale } : {}),
          ...(x !== undefined || y !== undefined
            ? { fit: { wide: x ?? 0, tall: y ?? 0 } }
            : pages !== undefined
              ? { fit: { wide: 0, tall: 0, pages } }
              : {}),
          ...(width !== undefined && height !== undefined ? { paper: { width, height } } : {}),
          margins: {
            left: margin("left"),
            right: margin("right"),
            top: margin("top"),
            bottom: margin("bottom"),
          },
        });
      } else if (layout !== null && inProperties && name === "background-image") {
        if (attributes.get("href", XLINK_NS)?.trim()) backgrounds.add(layout);
      } else if (layout !== null && name === "header-footer-properties") {
        const band = lengthPoints(attributes.get("min-height", FO_NS)) ?? 0;
        bands.set(layout, (bands.get(layout) ?? 0) + band);
      }
    },
    close(name, namespace) {
      if (STYLE_NS.has(namespace) && name === "page-layout") layout = null;
      if (STYLE_NS.has(namespace) && name === "page-layout-properties") inProperties = false;
    },
  });
  return (master) => {
    const name = masters.get(master);
    const setup = name !== undefined ? layouts.get(name) : undefined;
    if (!setup || name === undefined) return undefined;
    const band = bands.get(name) ?? 0;
    const margins = setup.margins!;
    return {
      ...setup,
      margins: { ...margins, bottom: margins.bottom + band },
      ...(backgrounds.has(name) ? { background: true as const } : {}),
    };
  };
}
