import type { ThreatCard } from "./threat-card";

const X = "test/xlsx";

/** The tests that make each cell lie (`CELL_LIES`) with a program, and its honest twin. */
export const CELL_PROOFS: Readonly<Record<string, ThreatCard["proof"]>> = {
  "format-unreadable": {
    lie: [`${X}/misleading-display.test.ts`],
    // openpyxl keeps every formula and drops its result: the templates' totals and rates, uncached.
    twin: ["honest-corpus:number_format", `${X}/misleading-display.test.ts`],
  },
  "unit-uncached": {
    lie: [`${X}/misleading-display.test.ts`],
    twin: ["honest-corpus:nothing", `${X}/target-block.interop.test.ts`],
  },
  "other-figure": {
    lie: [
      `${X}/misleading-display.interop.test.ts`,
      `${X}/misleading-display.test.ts`,
      `${X}/ods-data-styles.interop.test.ts`,
    ],
    twin: [
      "honest-corpus:thousands_format",
      "honest-corpus:thousands_button",
      "honest-corpus:decimals_on_counts",
    ],
  },
  "other-unit": {
    lie: [`${X}/misleading-display.interop.test.ts`, `${X}/ods-data-styles.interop.test.ts`],
    twin: ["honest-corpus:currency_button", "honest-corpus:rate_one_decimal"],
  },
  "general-rounded": {
    lie: [`${X}/general-rounded.interop.test.ts`],
    twin: [`${X}/general-rounded.interop.test.ts`, "honest-corpus:column_width"],
  },
  concealed: {
    lie: [
      `${X}/misleading-display.interop.test.ts`,
      `${X}/ods-unprinted.interop.test.ts`,
      `${X}/ods-margins.interop.test.ts`,
      `${X}/misleading-display.test.ts`,
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
    lie: [`${X}/misleading-display.interop.test.ts`, `${X}/misleading-display.test.ts`],
    twin: ["honest-corpus:smaller_font", "honest-corpus:row_height", "honest-corpus:optimal_heights"],
  },
  hashes: {
    lie: [`${X}/column-hashes.interop.test.ts`],
    twin: [`${X}/column-hashes.interop.test.ts`, "honest-corpus:column_width"],
  },
  "symbol-font": {
    lie: [`${X}/cut-texts.interop.test.ts`],
    twin: [`${X}/cut-texts.interop.test.ts`, "honest-corpus:font_table"],
  },
  "turned-cut": {
    lie: [`${X}/cut-texts.interop.test.ts`],
    twin: ["honest-corpus:turn_figures", "honest-corpus:turn_headings", `${X}/cut-texts.interop.test.ts`],
  },
  "upside-down": {
    lie: [`${X}/cut-texts.interop.test.ts`],
    twin: [`${X}/cut-texts.interop.test.ts`],
  },
  shrunk: {
    lie: [`${X}/cut-texts.interop.test.ts`],
    twin: [`${X}/cut-texts.interop.test.ts`, "honest-corpus:shrink_inputs"],
  },
  struck: {
    lie: [`${X}/cut-texts.interop.test.ts`],
    twin: ["honest-corpus:bold_total", "honest-corpus:italic_english", `${X}/colour-hidden.interop.test.ts`],
  },
  crossed: {
    lie: [`${X}/cut-texts.interop.test.ts`],
    twin: ["honest-corpus:cross_out_zeros", "honest-corpus:borders"],
  },
  "faded-ink": {
    lie: [`${X}/colour-hidden.interop.test.ts`, `${X}/xls-extended-colours.interop.test.ts`],
    twin: [
      "honest-corpus:fill_inputs",
      "honest-corpus:figures_dark_blue",
      "honest-corpus:below_budget_in_red",
      "honest-corpus:colour_scale",
    ],
  },
  "drawn-over": {
    lie: [
      `${X}/drawings-over-cells.test.ts`,
      `${X}/vml-notes.interop.test.ts`,
      `${X}/xls-views-drawings.interop.test.ts`,
    ],
    twin: ["honest-corpus:logo", "honest-corpus:note", "honest-corpus:note_shown", "honest-corpus:text_box"],
  },
};
