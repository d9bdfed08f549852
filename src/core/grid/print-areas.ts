import { areaA1, columnIndex, columnLetters, fromA1, inArea, type Area } from "./a1";

/** Past the last row or column of any spreadsheet: what a whole row or column runs to. */
const EDGE = Number.MAX_SAFE_INTEGER;

const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** One end of a range: a cell, a whole column ("$A") or a whole row ("$22"); null where it is none. */
function corner(end: string): { row?: number; col?: number } | null {
  const cell = fromA1(end);
  if (cell) return cell;
  const column = COLUMN.exec(end);
  if (column) return { col: columnIndex(column[1]!) };
  const row = ROW.exec(end);
  return row && Number(row[1]) > 0 ? { row: Number(row[1]) - 1 } : null;
}

/** A range of a print area: "A1:K22", "$A$1", whole columns "$A:$K", whole rows "$1:$22"; null where none. */
function areaOfRange(range: string): Area | null {
  const ends = range.split(":");
  if (ends.length > 2) return null;
  const [first, last] = [corner(ends[0]!), corner(ends[ends.length - 1]!)];
  if (!first || !last) return null;
  // A whole row has no column, a whole column no row: both ends must be of one kind.
  if ((first.row === undefined) !== (last.row === undefined)) return null;
  if ((first.col === undefined) !== (last.col === undefined)) return null;
  return {
    top: Math.min(first.row ?? 0, last.row ?? 0),
    bottom: first.row === undefined ? EDGE : Math.max(first.row, last.row!),
    left: Math.min(first.col ?? 0, last.col ?? 0),
    right: first.col === undefined ? EDGE : Math.max(first.col, last.col!),
  };
}

/**
 * The areas of a print area as a workbook names it ("'Biểu 01'!$A$1:$K$22,'Biểu 01'!$N$1:$X$22"): each
 * range of the list on `sheet` (a range without a sheet's name is the sheet's own). A range a reader
 * cannot place (another sheet's, #REF!, a name) places nothing: a print area of none of the form.
 */
export function printAreasOf(reference: string, sheet: string): Area[] {
  const areas: Area[] = [];
  for (const listed of splitList(unbracketed(reference.trim().replace(/^=/, "")))) {
    // Excel lists a RangeAreas' areas after a comma and a space.
    const part = listed.trim();
    const bang = part.lastIndexOf("!");
    let owner = bang < 0 ? sheet : part.slice(0, bang);
    if (owner.startsWith("'") && owner.endsWith("'")) owner = owner.slice(1, -1).replace(/''/g, "'");
    if (owner.toUpperCase() !== sheet.toUpperCase()) continue;
    const area = areaOfRange(part.slice(bang + 1).trim());
    if (area) areas.push(area);
  }
  return areas;
}

/**
 * A sheet's print areas (see `printAreasOf`), none where it sets none or where its print area names no
 * range but deleted ones (#REF!): LibreOffice prints such a sheet whole (red team, round 63:
 * Gnumeric writes `#REF!` for every sheet without a print area, and each form was refused as printing
 * nothing).
 */
export function printAreasIn(reference: string | undefined, sheet: string): Area[] | undefined {
  if (reference === undefined) return undefined;
  const parts = splitList(unbracketed(reference.trim().replace(/^=/, "")));
  if (parts.length > 0 && parts.every((part) => /(?:^|!)#REF!$/i.test(part.trim()))) return undefined;
  return printAreasOf(reference, sheet);
}

/**
 * A list without the brackets an .xls's formula of a union comes in, as SheetJS writes it
 * ("('Biểu 01'!$A$1:$K$26,'Biểu 01'!$A$28:$K$29)", a print area of two ranges LibreOffice saves).
 */
const unbracketed = (list: string) => (list.startsWith("(") && list.endsWith(")") ? list.slice(1, -1) : list);

/** The ranges of a list, split at its commas outside quoted sheet names. */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "'") quoted = !quoted;
    else if (list[i] === "," && !quoted) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.filter((part) => part.trim() !== "");
}

/** Whether a cell lies in one of the areas. */
export const inPrintAreas = (areas: readonly Area[], row: number, col: number) =>
  areas.some((area) => inArea(area, row, col));

/** An area of a print area as a person writes it: "A1:K22", whole columns "A:K", whole rows "1:22". */
export function printAreaA1(area: Area): string {
  if (area.bottom === EDGE && area.right === EDGE) return "1:1048576";
  if (area.bottom === EDGE) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (area.right === EDGE) return `${area.top + 1}:${area.bottom + 1}`;
  return areaA1(area);
}

/**
 * The areas a sheet prints, each to be measured: its print areas, or where it sets none, its cells in use
 * from A1 (none where no cell holds anything; `used`, the last row and column of one that does).
 * LibreOffice prints no page of empty rows past the cells in use, so a print area's rows go as far as
 * they do; its columns print, empty or not, but a whole row's ("$1:$22") go as far as they do too.
 */
export function printedAreas(
  printAreas: readonly Area[] | undefined,
  used: { readonly row: number; readonly col: number } | undefined,
): Area[] {
  if (!used) return [];
  if (!printAreas) return [{ top: 0, left: 0, bottom: used.row, right: used.col }];
  return printAreas.map((area) => ({
    ...area,
    bottom: Math.min(area.bottom, Math.max(used.row, area.top)),
    right: area.right === EDGE ? Math.max(used.col, area.left) : area.right,
  }));
}
