import { MIN_TAB_RATIO } from "../../package/workbook-part";
import { strFromU8 } from "fflate";
import type { RowCol, SheetView } from "../../../core/grid/grid";
import { MAX_SHEETS } from "../../limits";
import { streamXml } from "../../xml/xml-stream";

const CONFIG_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:config:1.0"]);

/** What an .ods shows on opening, as LibreOffice reads its settings. */
export interface OdsSettings {
  /** The sheet the first view opens on, as the settings name it. */
  readonly activeTable?: string;
  readonly tabsHidden: boolean;
  /** Each sheet's view in the first view, by the sheet's name. */
  readonly views: ReadonlyMap<string, SheetView>;
  /** Whether the document shows a zero as an empty cell, on every sheet. */
  readonly zerosHidden?: boolean;
}

/** LibreOffice's split modes: none, split (panes that both scroll), frozen. */
const FROZEN = "2";
const SPLIT_MODES = new Set(["0", "1", FROZEN]);

/** A position the settings give: a row or column from 0. Anything else is refused: LibreOffice reads it otherwise. */
function position(items: ReadonlyMap<string, string>, name: string): number {
  const value = items.get(name) ?? "0";
  if (!/^\d{1,7}$/.test(value)) throw new Error(`settings ${name}="${value.slice(0, 20)}"`);
  return Number(value);
}

/**
 * A sheet's view from its settings, as LibreOffice keeps it: with rows frozen (VerticalSplitMode 2), the
 * frozen top pane starts at PositionTop, rows above it out of reach; else the view starts at
 * PositionBottom (the lower pane, the one shown when nothing is split). Columns alike, the left pane
 * starting at PositionLeft.
 */
function sheetView(items: ReadonlyMap<string, string>): SheetView {
  const mode = (name: string) => {
    const value = items.get(name) ?? "0";
    if (!SPLIT_MODES.has(value)) throw new Error(`settings ${name}="${value.slice(0, 20)}"`);
    return value;
  };
  const rowsFrozen = mode("VerticalSplitMode") === FROZEN;
  const columnsFrozen = mode("HorizontalSplitMode") === FROZEN;
  const left = position(items, "PositionLeft");
  const opensAt: RowCol = { row: position(items, rowsFrozen ? "PositionTop" : "PositionBottom"), col: left };
  const reach = { row: rowsFrozen ? opensAt.row : 0, col: columnsFrozen ? left : 0 };
  return { opensAt, ...(reach.row > 0 || reach.col > 0 ? { reach } : {}) };
}

/**
 * The view settings of an .ods (settings.xml), which SheetJS does not read: the sheet its first view opens
 * on, whether it hides the sheet tabs (there, or in the document's configuration: either hides them, as
 * programs differ on which wins), and each sheet's scroll position and frozen panes.
 */
/** A share of the window as settings.xml writes one; what is no plain number programs read apart. */
function tabbarShare(text: string): number {
  if (!/^\s*\d+(\.\d+)?(E[+-]?\d+)?\s*$/i.test(text))
    throw new Error(`RelativeHorizontalTabbarWidth ${text.slice(0, 20)}`);
  return Number(text);
}

export function odsSettings(part: Uint8Array | undefined): OdsSettings {
  const views = new Map<string, SheetView>();
  let activeTable: string | undefined;
  let tabsHidden = false;
  let zerosHidden = false;
  if (!part) return { tabsHidden, views };
  /** Each open element's config:name, "" for none, and whether it is of the config namespace. */
  const path: string[] = [];
  let entries = 0;
  let tables = 0;
  let table: Map<string, string> | undefined;
  let item: { name: string; text: string } | undefined;
  const inFirstView = () => path[2] === "ooo:view-settings" && path[3] === "Views" && entries === 1;
  streamXml(strFromU8(part), {
    open(name, attributes, _, namespace, depth) {
      const config = CONFIG_NS.has(namespace);
      const named = config ? (attributes.get("name", CONFIG_NS) ?? "") : "\u0000";
      path[depth] = named;
      path.length = depth + 1;
      if (!config) return;
      if (depth === 4 && name === "config-item-map-entry" && path[3] === "Views") entries++;
      if (depth === 6 && name === "config-item-map-entry" && path[5] === "Tables" && inFirstView())
        table = ++tables <= MAX_SHEETS ? new Map() : undefined;
      if (name === "config-item") item = { name: named, text: "" };
    },
    text(text) {
      if (item) item.text += text;
    },
    close(name, namespace, depth) {
      if (!CONFIG_NS.has(namespace)) return;
      if (name === "config-item" && item) {
        const { name: key, text } = item;
        item = undefined;
        if (depth === 7 && table && path[5] === "Tables") table.set(key, text);
        else if (depth === 5 && inFirstView() && key === "ActiveTable") activeTable = text;
        // LibreOffice's "zero values" is the document's, shown in its first view or its configuration; any
        // value but "true" turns it off (red team, round 56: "False").
        else if (key === "ShowZeroValues" && text !== "true")
          zerosHidden ||=
            (depth === 5 && inFirstView()) || (depth === 3 && path[2] === "ooo:configuration-settings");
        else if (key === "HasSheetTabs" && text !== "true")
          tabsHidden ||=
            (depth === 5 && inFirstView()) || (depth === 3 && path[2] === "ooo:configuration-settings");
        // The tab bar's share of the window (0 to 1), as an .xlsx's tabRatio in thousandths: under a
        // tenth, no other sheet's tab shows. What is no number is read apart: refused.
        else if (key === "RelativeHorizontalTabbarWidth" && depth === 5 && inFirstView())
          tabsHidden ||= tabbarShare(text) * 1000 < MIN_TAB_RATIO;
      } else if (depth === 6 && table) {
        if (!views.has(path[6]!)) views.set(path[6]!, sheetView(table));
        table = undefined;
      }
    },
  });
  return {
    ...(activeTable !== undefined ? { activeTable } : {}),
    tabsHidden,
    views,
    ...(zerosHidden ? { zerosHidden } : {}),
  };
}
