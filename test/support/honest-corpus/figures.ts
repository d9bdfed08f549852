import { formDef, inputCells, TEMPLATE_IDS, type FormValues, type TemplateId } from "../../../src/core";

type Row = readonly number[];

/** A form's figures row by row, each row's in the order of the form's columns (left to right, as printed). */
const rows = (id: TemplateId, table: Record<string, Row>): FormValues => {
  const columns = formDef(id).columns.map((column) => column.key);
  return Object.fromEntries(
    Object.entries(table).map(([row, figures]) => [
      row,
      Object.fromEntries(columns.map((column, i) => [column, figures[i]!])),
    ]),
  );
};

/** By hand: rates are signed ÷ enterprises and (A+B+C) ÷ signed; non-state = private + FDI. */
const B01 = rows("B01", {
  // enterprises with a union, signed, rate, A, B, C, D, not graded, C-or-better rate
  state: [12, 10, 10 / 12, 2, 4, 3, 1, 0, 9 / 10],
  private: [45, 30, 30 / 45, 3, 9, 10, 4, 4, 22 / 30],
  fdi: [28, 24, 24 / 28, 5, 8, 6, 2, 3, 19 / 24],
  nonstate: [73, 54, 54 / 73, 8, 17, 16, 6, 7, 41 / 54],
  total: [85, 64, 64 / 85, 10, 21, 19, 7, 7, 50 / 64],
});

/** By hand: end = start + admitted + in − left − out (members and unions alike); rate = end ÷ workers. */
const B02 = rows("B02", {
  // workers; members: start, admitted, in, left, out, end, women; unions: start, founded, in, dissolved,
  // out, end; membership rate
  public_sector: [1850, 1620, 45, 12, 30, 8, 1639, 910, 14, 0, 1, 0, 0, 15, 1639 / 1850],
  state: [2400, 2150, 60, 0, 41, 5, 2164, 780, 6, 0, 0, 1, 0, 5, 2164 / 2400],
  private: [5300, 3120, 240, 15, 185, 22, 3168, 1730, 21, 4, 0, 2, 1, 22, 3168 / 5300],
  fdi: [7800, 6240, 410, 0, 350, 0, 6300, 4120, 9, 2, 0, 0, 0, 11, 6300 / 7800],
  other: [320, 140, 18, 0, 6, 0, 152, 55, 3, 1, 0, 0, 0, 4, 152 / 320],
  total: [17670, 13270, 773, 27, 612, 35, 13423, 7595, 53, 7, 1, 3, 1, 57, 13423 / 17670],
});

/** By hand: rate = collected ÷ budget, in đồng. */
const B03 = rows("B03", {
  // budget, collected, rate
  union_funding: [850_000_000, 912_450_000, 912_450_000 / 850_000_000],
  union_dues: [120_000_000, 98_760_500, 98_760_500 / 120_000_000],
  total: [970_000_000, 1_011_210_500, 1_011_210_500 / 970_000_000],
});

const B04 = rows("B04", {
  grassroots_unions: [46],
  party_procedure_unions: [40],
  party_procedure_rate: [40 / 46],
  members_introduced_party: [25],
  members_admitted_party: [18],
  // The public sector's workers of Biểu 02, so a clerk may take the figure from there by a formula.
  public_employees: [1850],
  public_employees_with_initiative: [310],
  initiative_rate: [310 / 1850],
  initiatives_recognised: [340],
  mai_am_built: [2],
  mai_am_repaired: [3],
  mai_am_total: [5],
  exemplary_models: [27],
  emulation_works: [64],
  safety_contests: [4],
  commended_collectives: [19],
  // 120, so that "=SUM(120;35)-35", the example, is this figure.
  commended_individuals: [120],
  commended_direct_workers: [35],
});

/**
 * One unit's report as a clerk fills it, every figure worked out by hand: inputs as typed, and each
 * total, balance and rate computed here on paper (not by the product), so a reader that moved, lost or
 * recomputed a figure differently disagrees with this table.
 */
export const EXPECTED: Readonly<Partial<Record<TemplateId, FormValues>>> = { B01, B02, B03, B04 };

/** An optional input the clerk leaves empty, as the unit had none: the form counts it as 0. */
const LEFT_EMPTY = "TD_B02_other_members_transferred_in";

/** The figures the clerk types, by defined name: the table's inputs but the one left empty. */
export function typedFigures(): Record<string, number> {
  const typed: Record<string, number> = {};
  for (const id of TEMPLATE_IDS)
    for (const cell of inputCells(formDef(id))) {
      const figure = EXPECTED[id]![cell.row.key]![cell.col.key];
      if (figure === undefined || figure === null) throw new Error(`the hand-made table lacks ${cell.name}`);
      if (cell.name !== LEFT_EMPTY) typed[cell.name] = figure;
    }
  return typed;
}
