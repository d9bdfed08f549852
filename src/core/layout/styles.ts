/** The look of each kind of cell, as data both writers translate into their own formatting calls. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** RGB hex without "#". */
  readonly color?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly align?: "left" | "center" | "right";
  readonly border?: boolean;
  /**
   * How wide each character is counted, in digits, when its rows are sized (see wrappedRowHeights): 1
   * unless said, which errs high. A unit line counts its letters nearer their width, so a name that fits
   * on one line keeps the form's rows where they were; never below what the check of a merged line allows
   * (`LEAST_CHARACTER` in core/report/merged-line-cut.ts), so its own template is never refused.
   */
  readonly letters?: number;
}

const INPUT_FILL = "FFF8DC";
const COMPUTED_FILL = "EDEDED";
const HEADER_FILL = "DDEBF7";
const MUTED = "595959";
/**
 * A unit line's characters, in digits: Vietnamese words in Calibri (lowercase letters about a digit wide,
 * spaces, i, t and r about half) come to 0.85–0.9 of a digit a character.
 */
const UNIT_LINE_LETTERS = 0.9;

export const STYLES = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: MUTED },
  info: { color: MUTED },
  note: { color: MUTED, wrap: true },
  status: { bold: true, size: 12 },
  header: { bold: true, fill: HEADER_FILL, wrap: true, align: "center", border: true },
  /** The target block's headings, over columns as narrow as their figures. */
  headerSmall: { bold: true, size: 9, fill: HEADER_FILL, wrap: true, align: "center", border: true },
  /** English beside Vietnamese, smaller: it takes less of a form's width (issue 64). */
  headerEn: {
    italic: true,
    size: 9,
    fill: HEADER_FILL,
    wrap: true,
    align: "center",
    border: true,
    color: MUTED,
  },
  notation: { italic: true, size: 9, align: "center", border: true, color: MUTED, wrap: true },
  rowLabel: { border: true, wrap: true },
  rowLabelEn: { italic: true, size: 9, border: true, wrap: true, color: MUTED },
  rowLabelComputed: { bold: true, border: true, wrap: true },
  input: { fill: INPUT_FILL, border: true },
  computed: { fill: COMPUTED_FILL, border: true, bold: true },
  /** A target's goal or assessment, a text in a column as narrow as its figures. */
  computedWrapped: { fill: COMPUTED_FILL, border: true, bold: true, wrap: true },
  section: { bold: true, size: 12 },
  /** A section's heading merged across its sheet, on as many lines as it takes. */
  sectionWrapped: { bold: true, size: 12, wrap: true },
  text: { border: true },
  /** A cell that is a link to another cell (see PlanLink), in the colour of a link. */
  link: { border: true, color: "0563C1" },
  number: { border: true },
  total: { bold: true, border: true, fill: COMPUTED_FILL },
  met: { bold: true, border: true, color: "006100", fill: "C6EFCE" },
  notMet: { bold: true, border: true, color: "9C0006", fill: "FFC7CE" },
  signature: { bold: true, align: "center" },
  signatureNote: { italic: true, align: "center", wrap: true },
  signatureEn: { italic: true, align: "center", color: MUTED, wrap: true },
  metaKey: { bold: true },
  metaValue: {},
  /** A title kept to the columns printed on every page, on as many lines as it takes there. */
  titleWrapped: { bold: true, size: 14, wrap: true },
  subtitleWrapped: { italic: true, color: MUTED, wrap: true },
  /**
   * The unit and period line under a form's title, merged across the form's printed width and wrapped: run
   * on past it, a long unit name lost its period on paper.
   */
  unitLine: { color: MUTED, wrap: true, letters: UNIT_LINE_LETTERS },
  unitLineEn: { italic: true, color: MUTED, wrap: true, letters: UNIT_LINE_LETTERS },
} as const satisfies Record<string, CellStyle>;

export type StyleKey = keyof typeof STYLES;

/**
 * The looks a conditional format gives: a problem, a check passed, a required input still blank, a figure
 * to look at (blue, not the blank's orange, as the legend tells them apart: red team, round 41).
 */
export const CONDITIONAL_LOOKS = {
  error: { bold: true, color: "9C0006", fill: "FFC7CE" },
  ok: { bold: true, color: "006100", fill: "C6EFCE" },
  warning: { color: "9C5700", fill: "FFEB9C" },
  review: { color: "1F4E78", fill: "DDEBF7" },
} as const satisfies Record<string, CellStyle>;

export type ConditionalLook = keyof typeof CONDITIONAL_LOOKS;
