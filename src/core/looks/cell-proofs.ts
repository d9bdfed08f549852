import type { ThreatCard } from "./threat-card";

/** The tests that make each cell lie (`CELL_LIES`) with a program, and its honest twin. */
export const CELL_PROOFS: Readonly<Record<string, ThreatCard["proof"]>> = {
  "format-unreadable": {
    lie: ["test/core/looks/misleading-display.test.ts"],
    // openpyxl keeps every formula and drops its result: the templates' totals and rates, uncached.
    twin: ["honest-corpus:number_format", "test/core/looks/misleading-display.test.ts"],
  },
  "unit-uncached": {
    lie: ["test/core/looks/misleading-display.test.ts"],
    twin: ["honest-corpus:nothing", "test/core/looks/target-block.interop.test.ts"],
  },
  "other-figure": {
    lie: [
      "test/core/looks/misleading-display.interop.test.ts",
      "test/core/looks/misleading-display.test.ts",
      "test/xlsx/sheetjs/ods/ods-data-styles.interop.test.ts",
      "test/excel/conditional-number-formats.test.ts",
    ],
    twin: [
      "honest-corpus:thousands_format",
      "honest-corpus:thousands_button",
      "honest-corpus:decimals_on_counts",
      "test/excel/conditional-number-formats.test.ts",
    ],
  },
  "other-unit": {
    lie: [
      "test/core/looks/misleading-display.interop.test.ts",
      "test/xlsx/sheetjs/ods/ods-data-styles.interop.test.ts",
    ],
    twin: ["honest-corpus:currency_button", "honest-corpus:rate_one_decimal"],
  },
  "general-rounded": {
    lie: ["test/core/looks/general-rounded.interop.test.ts", "test/core/report/general-room.test.ts"],
    twin: [
      "test/core/looks/general-rounded.interop.test.ts",
      "test/core/report/general-room.test.ts",
      "honest-corpus:column_width",
    ],
  },
  concealed: {
    lie: [
      "test/core/looks/misleading-display.interop.test.ts",
      "test/xlsx/sheetjs/ods/ods-unprinted.interop.test.ts",
      "test/xlsx/sheetjs/ods/ods-margins.interop.test.ts",
      "test/core/looks/misleading-display.test.ts",
    ],
    twin: [
      "honest-corpus:hide_english",
      "honest-corpus:hide_english_headings",
      "honest-corpus:merge_headings",
      "honest-corpus:data_bars",
      "honest-corpus:icon_set",
    ],
  },
  "too-small": {
    lie: [
      "test/core/looks/misleading-display.interop.test.ts",
      "test/core/looks/misleading-display.test.ts",
      "test/core/report/drawn-sizes.test.ts",
    ],
    twin: [
      "test/core/report/drawn-sizes.test.ts",
      "honest-corpus:smaller_font",
      "honest-corpus:row_height",
      "honest-corpus:optimal_heights",
    ],
  },
  hashes: {
    lie: ["test/core/looks/column-hashes.interop.test.ts"],
    twin: ["test/core/looks/column-hashes.interop.test.ts", "honest-corpus:column_width"],
  },
  "symbol-font": {
    lie: ["test/core/looks/cut-texts.interop.test.ts"],
    twin: ["test/core/looks/cut-texts.interop.test.ts", "honest-corpus:font_table"],
  },
  "turned-cut": {
    lie: ["test/core/looks/cut-texts.interop.test.ts"],
    twin: [
      "honest-corpus:turn_figures",
      "honest-corpus:turn_headings",
      "test/core/looks/cut-texts.interop.test.ts",
    ],
  },
  "upside-down": {
    lie: ["test/core/looks/cut-texts.interop.test.ts"],
    twin: ["test/core/looks/cut-texts.interop.test.ts"],
  },
  shrunk: {
    lie: ["test/core/looks/cut-texts.interop.test.ts"],
    twin: ["test/core/looks/cut-texts.interop.test.ts", "honest-corpus:shrink_inputs"],
  },
  struck: {
    lie: ["test/core/looks/cut-texts.interop.test.ts"],
    twin: [
      "honest-corpus:bold_total",
      "honest-corpus:italic_english",
      "test/core/looks/colour-hidden.interop.test.ts",
    ],
  },
  crossed: {
    lie: ["test/core/looks/cut-texts.interop.test.ts"],
    twin: ["honest-corpus:cross_out_zeros", "honest-corpus:borders"],
  },
  "faded-ink": {
    lie: [
      "test/core/looks/colour-hidden.interop.test.ts",
      "test/xlsx/sheetjs/xls-extended-colours.interop.test.ts",
    ],
    twin: [
      "honest-corpus:fill_inputs",
      "honest-corpus:figures_dark_blue",
      "honest-corpus:below_budget_in_red",
      "honest-corpus:colour_scale",
    ],
  },
  "drawn-over": {
    lie: [
      "test/xlsx/sheet-geometry/drawings-over-cells.test.ts",
      "test/core/looks/vml-notes.interop.test.ts",
      "test/xlsx/number-formats/xls-views-drawings.interop.test.ts",
      "test/excel/drawings-and-panes.test.ts",
    ],
    twin: [
      "honest-corpus:logo",
      "honest-corpus:note",
      "honest-corpus:note_shown",
      "honest-corpus:text_box",
      "test/excel/drawings-and-panes.test.ts",
    ],
  },
};
