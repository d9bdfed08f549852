import { strFromU8 } from "fflate";
import type { CellConcealment } from "../core/grid";
import { streamXml, type XmlAttributes } from "./xml-stream";

const STYLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:style:1.0"]);
const TABLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:table:1.0"]);

/** What an .ods hides, which SheetJS does not read: sheets, and rows and columns of each sheet. */
export interface OdsVisibility {
  readonly hiddenSheets: ReadonlySet<string>;
  /** Whether a cell (row and column from 0) of a sheet sits on a hidden row or column. */
  concealment(sheet: string, row: number, col: number): CellConcealment | undefined;
}

/** Runs of hidden rows or columns, as [first, last] from 0. */
type Runs = [number, number][];

const inRuns = (runs: Runs | undefined, at: number) => runs?.some(([a, b]) => at >= a && at <= b) ?? false;

/** A row or column a program does not show: collapsed, or filtered out. */
const isConcealed = (attributes: XmlAttributes) => {
  const visibility = attributes.get("visibility", TABLE_NS);
  return visibility === "collapse" || visibility === "filter";
};

const repeats = (attributes: XmlAttributes, kind: "rows" | "columns") =>
  Math.max(1, Number(attributes.get(`number-${kind}-repeated`, TABLE_NS)) || 1);

/**
 * The sheets whose table style says `table:display="false"`, and each sheet's rows and columns whose
 * `table:visibility` is collapse or filter. SheetJS reads every .ods sheet, row and column as visible,
 * so a form hidden behind a visible look-alike, or a figure on a hidden row, would be read unseen.
 */
export function odsVisibility(content: Uint8Array): OdsVisibility {
  const hiddenStyles = new Set<string>();
  const hiddenSheets = new Set<string>();
  const rows = new Map<string, Runs>();
  const columns = new Map<string, Runs>();
  let style: string | null = null;
  let sheet: string | null = null;
  /** Tables inside a table's cells are not sheets: their rows are not the sheet's. */
  let nested = 0;
  let row = 0;
  let col = 0;
  const hide = (runs: Map<string, Runs>, first: number, count: number) => {
    const list = runs.get(sheet!) ?? [];
    runs.set(sheet!, list);
    list.push([first, first + count - 1]);
  };
  streamXml(strFromU8(content), {
    open(name, attributes, _, namespace) {
      if (STYLE_NS.has(namespace) && name === "style")
        style =
          attributes.get("family", STYLE_NS) === "table" ? (attributes.get("name", STYLE_NS) ?? null) : null;
      else if (STYLE_NS.has(namespace) && name === "table-properties" && style !== null)
        if (attributes.get("display", TABLE_NS) === "false") hiddenStyles.add(style);
      if (!TABLE_NS.has(namespace)) return;
      if (name === "table") {
        if (sheet !== null) return void nested++;
        sheet = attributes.get("name", TABLE_NS) ?? "";
        [row, col] = [0, 0];
        const tableStyle = attributes.get("style-name", TABLE_NS);
        if (tableStyle !== undefined && hiddenStyles.has(tableStyle)) hiddenSheets.add(sheet);
      } else if (sheet !== null && nested === 0 && name === "table-row") {
        const count = repeats(attributes, "rows");
        if (isConcealed(attributes)) hide(rows, row, count);
        row += count;
      } else if (sheet !== null && nested === 0 && name === "table-column") {
        const count = repeats(attributes, "columns");
        if (isConcealed(attributes)) hide(columns, col, count);
        col += count;
      }
    },
    close(name, namespace) {
      if (STYLE_NS.has(namespace) && name === "style") style = null;
      if (TABLE_NS.has(namespace) && name === "table") {
        if (nested > 0) nested--;
        else sheet = null;
      }
    },
  });
  return {
    hiddenSheets,
    concealment: (name, r, c) =>
      inRuns(rows.get(name), r) ? "row" : inRuns(columns.get(name), c) ? "column" : undefined,
  };
}
