import { strFromU8 } from "fflate";
import type { SheetPrint } from "../../core/grid/grid";
import { lengthPoints } from "../../core/grid/paper";
import { streamXml } from "../xml/xml-stream";
import { FO_NS } from "./odf-units";

const STYLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:style:1.0"]);

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
  streamXml(strFromU8(styles), {
    open(name, attributes, _, namespace) {
      if (!STYLE_NS.has(namespace)) return;
      if (name === "page-layout") layout = attributes.get("name", STYLE_NS) ?? null;
      else if (name === "master-page") {
        const master = attributes.get("name", STYLE_NS);
        const used = attributes.get("page-layout-name", STYLE_NS);
        if (master !== undefined && used !== undefined && !masters.has(master)) masters.set(master, used);
      } else if (layout !== null && name === "page-layout-properties" && !layouts.has(layout)) {
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
      } else if (layout !== null && name === "header-footer-properties") {
        const band = lengthPoints(attributes.get("min-height", FO_NS)) ?? 0;
        bands.set(layout, (bands.get(layout) ?? 0) + band);
      }
    },
    close(name, namespace) {
      if (STYLE_NS.has(namespace) && name === "page-layout") layout = null;
    },
  });
  return (master) => {
    const name = masters.get(master);
    const setup = name !== undefined ? layouts.get(name) : undefined;
    if (!setup || name === undefined) return undefined;
    const band = bands.get(name) ?? 0;
    const margins = setup.margins!;
    return { ...setup, margins: { ...margins, bottom: margins.bottom + band } };
  };
}
