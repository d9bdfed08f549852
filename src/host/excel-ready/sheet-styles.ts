import type { Area } from "../../core/grid/a1";
import type { PlanCell } from "../../core/layout/plan";
import { STYLES, type CellStyle, type StyleKey } from "../../core/layout/styles";
import { lastAt, rectanglesOf } from "./areas";

type At = { readonly row: number; readonly col: number };

/**
 * Styles whose colours tell a verdict (Đạt / Chưa đạt, received / missing). Per cell they scatter
 * into thousands of small areas over a large summary; Excel colours them instead by conditional
 * formats on the value, a few per sheet, and the cells keep the rest of the style.
 */
const VERDICT_STYLES: ReadonlySet<StyleKey> = new Set(["met", "notMet"]);

function withoutColours(style: CellStyle): CellStyle {
  const rest: { -readonly [K in keyof CellStyle]: CellStyle[K] } = { ...style };
  delete rest.color;
  delete rest.fill;
  return rest;
}

/** Each style's look, and a key equal for styles that look alike. */
const LOOKS = new Map(
  (Object.keys(STYLES) as StyleKey[]).map((key) => {
    const look = VERDICT_STYLES.has(key) ? withoutColours(STYLES[key]) : STYLES[key];
    return [key, { look, key: JSON.stringify(Object.entries(look).sort()) }];
  }),
);

/**
 * Cells grouped by how they look rather than by style name, so styles that look alike (text and
 * number cells both only have borders) make one block of a few rectangles. Cells without formatting
 * are left out. A later cell at the same address wins.
 */
export function styleBlocks(cells: readonly PlanCell[]): { style: CellStyle; cells: At[] }[] {
  const blocks = new Map<string, { style: CellStyle; cells: At[] }>();
  const last = lastAt(cells);
  for (const cell of last.values()) {
    if (!cell.style) continue;
    const { look: style, key } = LOOKS.get(cell.style)!;
    if (Object.keys(style).length === 0) continue;
    const block = blocks.get(key);
    if (block) block.cells.push(cell);
    else blocks.set(key, { style, cells: [cell] });
  }
  return [...blocks.values()];
}

export interface VerdictFormat {
  /** A cell-value rule's formula: equal to this text. */
  readonly formula: string;
  readonly fill?: string;
  readonly color?: string;
  readonly areas: readonly Area[];
}

/**
 * One conditional format per verdict text (e.g. Đạt green, Chưa đạt red) over the columns' spans
 * that hold verdicts, each span from its first verdict to its last; blanks between stay uncoloured.
 */
export function verdictFormats(cells: readonly PlanCell[]): VerdictFormat[] {
  const verdicts = cells.filter(
    (c): c is PlanCell & { value: string; style: StyleKey } =>
      !!c.style && VERDICT_STYLES.has(c.style) && typeof c.value === "string" && c.value !== "",
  );
  const spans = new Map<number, { top: number; bottom: number }>();
  for (const { row, col } of verdicts) {
    const span = spans.get(col);
    spans.set(
      col,
      span ? { top: Math.min(span.top, row), bottom: Math.max(span.bottom, row) } : { top: row, bottom: row },
    );
  }
  const spanCells: At[] = [];
  for (const [col, { top, bottom }] of spans)
    for (let row = top; row <= bottom; row++) spanCells.push({ row, col });
  const areas = rectanglesOf(spanCells);
  const byText = new Map<string, CellStyle>();
  for (const cell of verdicts) if (!byText.has(cell.value)) byText.set(cell.value, STYLES[cell.style]);
  return [...byText].map(([text, style]) => ({
    formula: `="${text.replace(/"/g, '""')}"`,
    ...(style.fill ? { fill: `#${style.fill}` } : {}),
    ...(style.color ? { color: `#${style.color}` } : {}),
    areas,
  }));
}
