/** "xlsm": Excel Macro-Enabled Workbook, an .xlsx by another name (a unit's Save As may pick it). */
export type Format = "xlsx" | "xlsm" | "xls" | "ods";
export type Locale = "en-US" | "vi-VN";

/** One everyday change a clerk makes to the filled report: by which program, in which format. */
export interface ClerkCase {
  /** The output file's name, without its extension. */
  readonly id: string;
  /** What the clerk did, in words, with the program, locale and format. */
  readonly name: string;
  readonly program: "LibreOffice" | "openpyxl" | "Gnumeric";
  /** The change's key in the program's script (libreoffice_changes.py, openpyxl-clerk.py, gnumeric-clerk.ts). */
  readonly change: string;
  readonly format: Format;
  readonly locale?: Locale;
}

/** What each LibreOffice change is, in words (the keys of libreoffice_changes.py's CHANGES). */
const LIBREOFFICE_CHANGES: Record<string, string> = {
  nothing: "opened and saved",
  column_width: "widened the label columns of Biểu 02",
  row_height: "raised the heading row of Biểu 01",
  font_table: "set Biểu 02's table in Times New Roman 12 (sheet unprotected, then protected again)",
  bold_total: "made Biểu 02's total row bold (sheet unprotected, then protected again)",
  fill_labels: "coloured Biểu 01's row labels light blue (sheet unprotected, then protected again)",
  fill_inputs: "coloured Biểu 03's input cells pale green",
  title_colour: "coloured Biểu 01's title dark blue (sheet unprotected, then protected again)",
  italic_english: "set Biểu 01's English row labels in italics (sheet unprotected, then protected again)",
  centre_figures: "centred Biểu 02's figures (sheet unprotected, then protected again)",
  wrap_headings: "wrapped Biểu 01's headings (sheet unprotected, then protected again)",
  borders: "drew a grid of borders over Biểu 04's table (sheet unprotected, then protected again)",
  thousands_format:
    'gave Biểu 03\'s money the number format "#,##0" (sheet unprotected, then protected again)',
  thousands_button:
    "formatted Biểu 03's money as Number with Ctrl+Shift+1, grouped as the locale groups (sheet unprotected, then protected again)",
  merge_headings: "merged Biểu 02's two-row label headings (sheet unprotected, then protected again)",
  note: "added a note to an input of Biểu 02",
  note_shown: "added a note to Biểu 03's funding collected, set to always show (it lies over the rate)",
  insert_row_below:
    "inserted a row of remarks below Biểu 02's table (sheet unprotected, then protected again)",
  own_sheet: 'added a sheet of their own, "Ghi chú"',
  monthly_sheet_sum:
    "summed Biểu 03's dues with =SUM('Thu KP'.B2:B7) over their own sheet of monthly receipts",
  sum_of_literals: "typed =SUM(120;35)-35 for Biểu 04's 120 commended individuals",
  plain_sum: "typed =100+20 for Biểu 04's 120 commended individuals",
  other_form_reference:
    "typed ='Biểu 02'.C9 for Biểu 04's public employees (Biểu 02's public-sector workers)",
  count_own_list: "counted Biểu 04's 46 grassroots unions with =COUNTA over their own sheet listing them",
  monthly_sheet_sum_set:
    "summed Biểu 03's dues with =SUM('Thu KP'.B2:B7) over their own sheet of monthly receipts (set, not typed)",
  sum_of_literals_set: "entered =SUM(120;35)-35 for Biểu 04's 120 commended individuals (set, not typed)",
  other_form_reference_set: "entered ='Biểu 02'.C9 for Biểu 04's public employees (set, not typed)",
  print_fit_landscape: "set Biểu 04 to print landscape, fitted to one page",
  print_area: "set Biểu 02's print area over the whole form",
  print_titles: "set Biểu 02's heading rows to repeat on each printed page",
  margins: "narrowed Biểu 02's page margins to 1 cm",
  autofilter: "turned on AutoFilter over Biểu 02's table (sheet unprotected, then protected again)",
  footer_preparer: 'put "Người lập: Nguyễn Thị Lan – ĐT 0912 345 678" in every form\'s footer',
  logo: "inserted the union's logo beside Biểu 03's title, over no figure",
  typed_grouped_en: "typed 912,450,000 and 1,850 with the thousands separator of en-US",
  typed_grouped_vi: "typed 912.450.000 and 1.850 with the thousands separator of vi-VN",
  delete_optional:
    "emptied an optional 0 of Biểu 02 with the Delete key (an empty optional cell counts as 0)",
  type_zero: "typed 0 into an optional empty cell of Biểu 02",
  author: "set the document's author and title",
  tab_colour: "coloured Biểu 01's sheet tab",
  left_unprotected: "made Biểu 01's total row bold and left the sheet unprotected",
  signatures: "typed the date line and the two signatories' names under Biểu 02's signature block",
  remark_beside: 'typed "Đã đối chiếu sổ đoàn viên" right of Biểu 02\'s table',
  hide_english: "hid Biểu 02's column of English labels",
  text_box: "drew a text box with a remark beside Biểu 03's table",
  optimal_heights: "set Biểu 01's rows to their optimal height",
  no_print_area: "cleared Biểu 03's print area (the whole sheet prints)",
  own_name: 'defined a name of their own, "Tong_thu", for Biểu 03\'s total collected',
  duplicate_sheet: "duplicated Biểu 03 to try figures on (a draft left in the file)",
  rate_one_decimal: 'gave Biểu 01\'s rates the format "0.0%" (sheet unprotected, then protected again)',
  decimals_on_counts: 'gave Biểu 02\'s inputs the format "#,##0.00"',
  currency_button:
    "formatted Biểu 03's money as Currency from the toolbar (sheet unprotected, then protected again)",
  delete_spacer_row:
    "deleted the empty row between Biểu 02's table and its targets (sheet unprotected, then protected again)",
  figures_dark_blue: "coloured Biểu 02's typed figures dark blue",
  own_sheet_first: 'added a sheet of their own, "Ghi chú", before the forms',
  hide_check_sheet: 'hid the "Kiểm tra" sheet before printing',
  hide_english_headings: "hid Biểu 02's row of English headings",
  print_grid: "set Biểu 02 to print its grid and row and column headers",
  portrait: "set Biểu 02 to print portrait",
  smaller_font: "set Biểu 02 in 9 pt to fit the page (sheet unprotected, then protected again)",
};

function libreOffice(locale: Locale, change: string, format: Format = "xlsx"): ClerkCase {
  return {
    id: `libreoffice-${locale}-${change}-${format}`,
    name: `LibreOffice ${locale}, .${format}: ${LIBREOFFICE_CHANGES[change]!}`,
    program: "LibreOffice",
    change,
    format,
    locale,
  };
}

/**
 * Not in en-US .xlsx: typed with vi-VN's separator, or in the locale's currency, a figure is truly another
 * in en-US ("1.850" is 1.85; "$850,000,000.00" is dollars), fairly refused; formulas set rather than typed
 * are for .ods, where a typed change cannot be saved (see libreoffice-clerk.py).
 */
const NOT_EN_US_XLSX = new Set([
  "typed_grouped_vi",
  "currency_button",
  "monthly_sheet_sum_set",
  "sum_of_literals_set",
  "other_form_reference_set",
]);

/** Every other change in en-US, saved as .xlsx; some in the other formats. */
const EN_US: readonly ClerkCase[] = [
  ...Object.keys(LIBREOFFICE_CHANGES)
    .filter((change) => !NOT_EN_US_XLSX.has(change))
    .map((change) => libreOffice("en-US", change)),
  libreOffice("en-US", "nothing", "xls"),
  libreOffice("en-US", "nothing", "ods"),
  libreOffice("en-US", "nothing", "xlsm"),
  libreOffice("en-US", "fill_labels", "ods"),
  libreOffice("en-US", "print_fit_landscape", "ods"),
  libreOffice("en-US", "sum_of_literals_set", "ods"),
  libreOffice("en-US", "other_form_reference_set", "ods"),
  libreOffice("en-US", "monthly_sheet_sum_set", "ods"),
];

/**
 * In vi-VN, where "1.850" is a thousand and more, in all three formats; what is typed or deleted through
 * the dispatcher is not saved as .ods (see libreoffice-clerk.py).
 */
const VI_VN: readonly ClerkCase[] = [
  libreOffice("vi-VN", "nothing"),
  libreOffice("vi-VN", "nothing", "xls"),
  libreOffice("vi-VN", "nothing", "ods"),
  libreOffice("vi-VN", "typed_grouped_vi"),
  libreOffice("vi-VN", "typed_grouped_vi", "xls"),
  libreOffice("vi-VN", "thousands_button"),
  libreOffice("vi-VN", "thousands_button", "xls"),
  libreOffice("vi-VN", "sum_of_literals"),
  libreOffice("vi-VN", "monthly_sheet_sum", "xls"),
  libreOffice("vi-VN", "count_own_list", "xls"),
  libreOffice("vi-VN", "footer_preparer", "xls"),
  libreOffice("vi-VN", "note", "xls"),
  libreOffice("vi-VN", "bold_total", "ods"),
  libreOffice("vi-VN", "column_width", "xls"),
  libreOffice("vi-VN", "delete_optional", "xls"),
  libreOffice("vi-VN", "type_zero", "xls"),
  libreOffice("vi-VN", "insert_row_below", "xls"),
  libreOffice("vi-VN", "logo", "ods"),
  libreOffice("vi-VN", "author", "ods"),
  libreOffice("vi-VN", "merge_headings", "xls"),
  libreOffice("vi-VN", "borders", "ods"),
  libreOffice("vi-VN", "own_sheet", "ods"),
  libreOffice("vi-VN", "thousands_format", "ods"),
  libreOffice("vi-VN", "note", "ods"),
  libreOffice("vi-VN", "signatures", "xls"),
  libreOffice("vi-VN", "hide_english", "ods"),
  libreOffice("vi-VN", "text_box", "ods"),
  libreOffice("vi-VN", "own_name", "xls"),
  libreOffice("vi-VN", "currency_button", "xls"),
  libreOffice("vi-VN", "hide_check_sheet", "ods"),
  libreOffice("vi-VN", "rate_one_decimal", "ods"),
  libreOffice("vi-VN", "delete_spacer_row", "ods"),
  libreOffice("vi-VN", "other_form_reference_set", "ods"),
  libreOffice("vi-VN", "sum_of_literals_set", "ods"),
];

export const LIBREOFFICE_CASES: readonly ClerkCase[] = [...EN_US, ...VI_VN];

/** What each openpyxl change is, in words (the keys of openpyxl-clerk.py's CHANGES). */
const OPENPYXL_CHANGES: Record<string, string> = {
  nothing: "loaded and saved (data validation untouched)",
  font_table: "set Biểu 02's table in Times New Roman 12",
  bold_total: "made Biểu 02's total row bold",
  fill_labels: "filled Biểu 01's row labels light blue",
  number_format: 'gave Biểu 03\'s money the number format "#,##0"',
  column_widths: "widened the label columns of Biểu 02",
  row_height: "raised the heading row of Biểu 01",
  comment: "added a comment to an input of Biểu 02",
  own_sheet: 'added a sheet of their own, "Ghi chú"',
  footer_preparer: "put the preparer's name and telephone in every form's footer",
  freeze: "froze Biểu 02's panes under its headings",
  zoom: "zoomed Biểu 02 to 85 %",
  no_gridlines: "hid the grid lines of every form",
  creator: "set the document's creator and title",
  fit_landscape: "set Biểu 04 to print landscape, fitted to one page",
  tab_colour: "coloured Biểu 01's sheet tab",
  print_area: "set Biểu 02's print area over the whole form",
  print_titles: "set Biểu 02's heading rows to repeat on each printed page",
  hide_check_sheet: 'hid the "Kiểm tra" sheet',
  own_name: 'defined a name of their own, "Tong_thu", for Biểu 03\'s total collected',
  unprotect: "removed Biểu 01's sheet protection",
  margins: "narrowed Biểu 02's left and right margins",
  merge_headings: "merged Biểu 02's two-row label heading",
  hide_english: "hid Biểu 02's column of English labels",
  below_budget_in_red: "added a conditional format of their own: collected below budget in light red",
  shrink_inputs: "set Biểu 02's inputs to shrink to fit, in columns wide enough for them",
  turn_headings: "turned Biểu 02's column headings upright and raised their row for them",
  own_unit_note: 'typed the forms\' own units above Biểu 03 and Biểu 02, "ĐVT: đồng" and "ĐVT: người"',
  cross_out_zeros: "crossed out Biểu 02's inputs left 0 or empty with a diagonal border, as on a paper form",
  data_bars: "added data bars beside Biểu 02's workers, the figures still shown",
  colour_scale: "added a white-to-green colour scale behind Biểu 02's members at start",
  icon_set: "added traffic-light icons beside Biểu 02's members admitted, the figures still shown",
  break_long_label: "broke Biểu 01's long FDI row label in two lines (Alt+Enter) and raised its row for both",
  indent_labels: "indented Biểu 01's private and FDI row labels one step under the non-state row",
  turn_figures: "turned Biểu 04's first figures upright and raised their rows for them",
  own_header: "rewrote every form's header as the unit's own name and the period, in the clerk's words",
};

export const OPENPYXL_CASES: readonly ClerkCase[] = Object.entries(OPENPYXL_CHANGES).map(
  ([change, words]) => ({
    id: `openpyxl-${change}`,
    name: `openpyxl, .xlsx: ${words}`,
    program: "openpyxl",
    change,
    format: "xlsx",
  }),
);

/** Not honest: a figure the clerk did not report. The test shows the comparison catches it. */
export const CONTROL_CASE: ClerkCase = {
  id: "openpyxl-altered_figure",
  name: "openpyxl, .xlsx: the control, 46 typed for Biểu 01's 45 private enterprises with a union",
  program: "openpyxl",
  change: "altered_figure",
  format: "xlsx",
};
