import { strFromU8 } from "fflate";
import type { SheetPrint } from "../../../core/grid/grid";
import { lengthPoints } from "../../../core/grid/paper";
import { NO_FILL } from "../../../core/report/legible";
import { streamXml, type XmlAttributes } from "../../xml/xml-stream";
import { DRAW_NS } from "./ods-drawings";
import { colourOf } from "./ods-inks";
import { FO_NS, OFFICE_NS, STYLE_NS } from "./odf-units";

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
 * What a page layout's properties put behind the cells, for the core to judge whether black text is read
 * on it (red team, round 53: a black page hid the form's title, labels and signature lines on the
 * printout): a gradient or hatch, drawn as a picture is, or the colours other than the paper's white it
 * fills the page with (`draw:fill-color` of a solid fill, `fo:background-color`).
 */
function behindCells(attributes: Pick<XmlAttributes, "get">): PageSetup["background"] {
  const fill = attributes.get("fill", DRAW_NS)?.trim();
  if (fill !== undefined && DRAWN_FILLS.has(fill)) return "picture";
  const opacity = opacityOf(attributes.get("opacity", DRAW_NS));
  const colours = [
    colourOf(attributes.get("background-color", FO_NS)?.trim() ?? ""),
    fill === "solid" ? onWhite(colourOf(attributes.get("fill-color", DRAW_NS)?.trim() ?? ""), opacity) : null,
  ];
  // A colour LibreOffice cannot read ("black", "#000") it ignores, printing on white (red team, round 56).
  const filled = colours.filter((colour): colour is string => colour !== null && colour !== NO_FILL);
  return filled.length > 0 ? filled : undefined;
}

/** A fill's opacity (`draw:opacity`, "40%"), from 0 to 1: whole where not given or not read. */
function opacityOf(given: string | undefined): number {
  const percent = given === undefined ? NaN : parseFloat(given);
  return Number.isFinite(percent) ? Math.min(1, Math.max(0, percent / 100)) : 1;
}

/**
 * A colour drawn at `opacity` on the white paper (red team, round 56: a black page fill at 0 % printed
 * white).
 */
function onWhite(colour: string | null, opacity: number): string | null {
  if (colour === null || opacity === 1) return colour;
  return [0, 2, 4]
    .map((i) => Math.round(parseInt(colour.slice(i, i + 2), 16) * opacity + 255 * (1 - opacity)))
    .map((channel) => channel.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** A whole number LibreOffice reads from a scale ("10%", "2"): by the digits it starts with. */
const whole = (text: string | undefined) => (text === undefined ? undefined : parseInt(text, 10) || 0);

/** The attributes of a page layout's properties read here, by namespace: what sets its setup. */
const READ: readonly (readonly [ReadonlySet<string>, readonly string[]])[] = [
  [
    FO_NS,
    [
      "page-width",
      "page-height",
      "margin",
      "margin-left",
      "margin-right",
      "margin-top",
      "margin-bottom",
      "background-color",
    ],
  ],
  [STYLE_NS, ["scale-to-X", "scale-to-Y", "scale-to-pages", "scale-to", "print"]],
  [DRAW_NS, ["fill", "fill-color", "opacity"]],
];

/**
 * A page layout's properties as LibreOffice takes them: each element's attributes over the earlier's, as
 * it reads a second `style:page-layout-properties` of one layout (red team, round 56: a second one turned
 * the page black, or printed formulas, where the first was read alone).
 */
class LayoutProperties {
  private readonly values = new Map<string, string>();
  /** A picture behind the cells: a `style:background-image`, linked or embedded. */
  picture = false;
  /** Whether any `style:page-layout-properties` was read: a layout without says nothing of its setup. */
  given = false;

  take(attributes: XmlAttributes): void {
    this.given = true;
    for (const [namespaces, names] of READ)
      for (const name of names) {
        const value = attributes.get(name, namespaces);
        if (value !== undefined) this.values.set(`${[...namespaces][0]} ${name}`, value);
      }
  }

  get(name: string, namespaces: ReadonlySet<string>): string | undefined {
    return this.values.get(`${[...namespaces][0]} ${name}`);
  }

  /** What it prints behind the cells, where anything. */
  private background(): Pick<PageSetup, "background"> {
    const behind = this.picture ? "picture" : behindCells(this);
    return behind !== undefined ? { background: behind } : {};
  }

  setup(band: number): PageSetup {
    const length = (what: string) => lengthPoints(this.get(what, FO_NS));
    const [width, height] = [length("page-width"), length("page-height")];
    const margin = (side: string) => Math.max(0, length(`margin-${side}`) ?? length("margin") ?? 0);
    const x = whole(this.get("scale-to-X", STYLE_NS));
    const y = whole(this.get("scale-to-Y", STYLE_NS));
    const pages = whole(this.get("scale-to-pages", STYLE_NS));
    const scale = whole(this.get("scale-to", STYLE_NS));
    return {
      ...printed(this.get("print", STYLE_NS)),
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
        bottom: margin("bottom") + band,
      },
      ...this.background(),
    };
  }
}

/**
 * The page setup of an .ods's master pages (styles.xml), by master page (the last of a name, as LibreOffice
 * takes it; of page layouts, the first): its page layout's paper (`fo:page-width`, `fo:page-height`, as it
 * prints), margins, the room its header and footer take (`fo:min-height`, as LibreOffice writes an .xlsx's
 * header and footer margins), its scale (`style:scale-to`) or fit to pages (`style:scale-to-X`,
 * `style:scale-to-Y`, or `style:scale-to-pages` in all), what it prints beside the cells and what lies
 * behind them.
 */
export function odsPageSetups(styles: Uint8Array | undefined): (master: string) => PageSetup | undefined {
  const layouts = new Map<string, LayoutProperties>();
  const masters = new Map<string, string>();
  if (!styles) return () => undefined;
  /** The layout being read, where it is the first of its name. */
  let layout: LayoutProperties | null = null;
  let inProperties = false;
  let inImage = false;
  /** The room headers and footers take above and below the cells, by layout. */
  const bands = new Map<string, number>();
  let layoutName = "";
  streamXml(strFromU8(styles), {
    open(name, attributes, _, namespace) {
      // A picture embedded in the page's background image, as LibreOffice reads one without a link.
      if (inImage && layout && name === "binary-data" && OFFICE_NS.has(namespace)) layout.picture = true;
      if (!STYLE_NS.has(namespace)) return;
      if (name === "page-layout") {
        layoutName = attributes.get("name", STYLE_NS) ?? "";
        layout = layouts.has(layoutName) ? null : new LayoutProperties();
        if (layout) layouts.set(layoutName, layout);
      } else if (name === "master-page") {
        const master = attributes.get("name", STYLE_NS);
        const used = attributes.get("page-layout-name", STYLE_NS);
        if (master !== undefined && used !== undefined) masters.set(master, used);
      } else if (layout && name === "page-layout-properties") {
        inProperties = true;
        layout.take(attributes);
      } else if (layout && inProperties && name === "background-image") {
        inImage = true;
        if (attributes.get("href", XLINK_NS)?.trim()) layout.picture = true;
      } else if (layout && name === "header-footer-properties") {
        const band = lengthPoints(attributes.get("min-height", FO_NS)) ?? 0;
        bands.set(layoutName, (bands.get(layoutName) ?? 0) + band);
      }
    },
    close(name, namespace) {
      if (!STYLE_NS.has(namespace)) return;
      if (name === "page-layout") layout = null;
      if (name === "page-layout-properties") inProperties = false;
      if (name === "background-image") inImage = false;
    },
  });
  return (master) => {
    const name = masters.get(master);
    const properties = name !== undefined ? layouts.get(name) : undefined;
    return properties?.given ? properties.setup(bands.get(name!) ?? 0) : undefined;
  };
}
