import { columnLetters, fromA1 } from "../grid/a1";
import type { FormRead } from "../report/form-read";
import { finding, type Finding } from "../findings/finding";
import type { FormFrame } from "../report/form-frame";
import { fill, shown, type Param, type Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { textDrawnOver } from "./text-drawn-over";
import { Placed, majority, onVisibleFormSheet, isPlaced } from "../report/name-placement";

/** Items grouped by key, groups and items in the order first seen. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The positions kept in a longest strictly increasing subsequence of `values`. */
function increasing(values: readonly number[]): Set<number> {
  // Most forms keep their order: the whole of it is kept, found in one pass.
  if (values.every((v, i) => i === 0 || values[i - 1]! < v)) return new Set(values.keys());
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  values.forEach((v, i) => {
    for (let j = 0; j < i; j++)
      if (values[j]! < v && length[j]! + 1 > length[i]!) [length[i], previous[i]] = [length[j]! + 1, j];
  });
  const kept = new Set<number>();
  for (let i = length.indexOf(Math.max(...length)); i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/** The keys whose position breaks the template's order (inserted rows and columns keep it). */
function outOfOrder(
  order: readonly string[],
  positionOf: ReadonlyMap<string, number | undefined>,
): Set<string> {
  const keys = order.filter((key) => positionOf.get(key) !== undefined);
  const kept = increasing(keys.map((key) => positionOf.get(key)!));
  return new Set(keys.filter((_, i) => !kept.has(i)));
}

/** Why a name is misplaced, and what the message names besides the cell. */
interface Misplacement {
  readonly why: Text;
  readonly about?: Readonly<Record<string, Param>>;
  /** The form's row or column the name's whole line shares this with: one finding says it for all. */
  readonly line?: string;
}

/**
 * Where a form's own row label stands on another row of its figures (and the label of another row of the
 * form on this one), or its column heading over another column of them: its lines were reordered, as a sort
 * of the form's rows (columns) reorders them, labels with their figures, the names left where they were.
 */
function reordered(
  frame: FormFrame,
  { read, row, col }: { read: Placed; row: number; col: number },
  line: number | undefined,
  column: number | undefined,
): Misplacement | undefined {
  const { row: templateRow, col: templateCol } = read.cell;
  if (line !== undefined && line !== row && [...frame.rows.values()].includes(row))
    return {
      why: WORDS.report.rowsReordered,
      about: { label: shown(templateRow.label.vi), row: line + 1, at: row + 1 },
      line: `row ${templateRow.key}`,
    };
  if (column !== undefined && column !== col && [...frame.columns.values()].includes(col))
    return {
      why: WORDS.report.columnsReordered,
      about: { heading: shown(templateCol.label.vi), column: columnLetters(column), at: columnLetters(col) },
      line: `column ${templateCol.key}`,
    };
  return undefined;
}

/**
 * A name further right (down) than the form's own heading (label) of its column (row) sits on a copy of
 * the form: a person reads the form's figure under that heading, the roll-up reads the copy's; further left
 * (up), the heading (label) stands over other figures, read as the form's. Where the sheet lacks the
 * heading or label, a person may have retyped it: `unchecked`.
 */
function offFrame(
  frame: FormFrame,
  { read, row, col }: { read: Placed; row: number; col: number },
  unchecked: (label: string) => void,
): Misplacement | undefined {
  const { row: templateRow, col: templateCol } = read.cell;
  const column = frame.columns.get(templateCol.key);
  const line = frame.rows.get(templateRow.key);
  const moved = reordered(frame, { read, row, col }, line, column);
  if (moved) return moved;
  if (column !== undefined && column < col)
    return {
      why: WORDS.report.nameOffHeading,
      about: { heading: shown(templateCol.label.vi), column: columnLetters(column) },
    };
  if (line !== undefined && line < row)
    return { why: WORDS.report.nameOffLabel, about: { label: shown(templateRow.label.vi), row: line + 1 } };
  // The heading moved right over other figures, or the label down (red team, round 61: "Kết quả" copied over
  // a column of other figures, the named one relabelled "Kỳ trước").
  if (column !== undefined && column > col)
    return {
      why: WORDS.report.nameLeftOfHeading,
      about: { heading: shown(templateCol.label.vi), column: columnLetters(column) },
    };
  if (line !== undefined && line > row)
    return { why: WORDS.report.nameAboveLabel, about: { label: shown(templateRow.label.vi), row: line + 1 } };
  if (column === undefined) unchecked(templateCol.label.vi);
  if (line === undefined) unchecked(templateRow.label.vi);
  return undefined;
}

/**
 * Why each name of one form is misplaced. Users insert rows and columns, which move cells legitimately,
 * so no fixed address is expected: the form's names must share one visible sheet, the cells of one
 * template row (column) must share a sheet row (column) with most of the others of that row (column),
 * the template's rows (columns) must keep their order down (across) the sheet, and each name must sit
 * under the form's own heading of its column and beside its own label of its row (`offFrame`).
 * `unchecked` hears the headings and labels the sheet lacks where they belong.
 */
function formMisplaced(
  form: FormRead,
  placed: readonly Placed[],
  formSheet: string | undefined,
  unchecked: (label: string) => void,
): Map<Placed, Misplacement> {
  const { def } = form;
  const misplaced = new Map<Placed, Misplacement>();
  const onSheet: { read: Placed; row: number; col: number }[] = [];
  for (const read of placed) {
    const at = fromA1(read.address);
    if (!onVisibleFormSheet(read)) misplaced.set(read, { why: WORDS.report.nameOnHiddenSheet });
    else if (read.sheet !== formSheet) misplaced.set(read, { why: WORDS.report.nameOnOtherSheet });
    else if (!at) misplaced.set(read, { why: WORDS.report.nameOffGrid });
    else onSheet.push({ read, ...at });
  }
  const byRow = groupBy(onSheet, (p) => p.read.cell.row.key);
  const byCol = groupBy(onSheet, (p) => p.read.cell.col.key);
  const rowOf = new Map<string, number | undefined>();
  const colOf = new Map<string, number | undefined>();
  for (const [key, group] of byRow)
    rowOf.set(
      key,
      majority(group, (p) => p.row),
    );
  for (const [key, group] of byCol)
    colOf.set(
      key,
      majority(group, (p) => p.col),
    );
  const rowsAstray = outOfOrder(
    def.rows.map((r) => r.key),
    rowOf,
  );
  const colsAstray = outOfOrder(
    def.columns.map((c) => c.key),
    colOf,
  );
  for (const placement of onSheet) {
    const { read, row, col } = placement;
    const { row: templateRow, col: templateCol } = read.cell;
    if (
      rowOf.get(templateRow.key) !== row ||
      colOf.get(templateCol.key) !== col ||
      rowsAstray.has(templateRow.key) ||
      colsAstray.has(templateCol.key)
    )
      misplaced.set(read, { why: WORDS.report.nameOffGrid });
    else {
      const off = form.frame && offFrame(form.frame, placement, unchecked);
      if (off) misplaced.set(read, off);
    }
  }
  return misplaced;
}

/** A warning that the placement of some of a form's names could not be checked against its headings. */
function uncheckedFinding(form: FormRead, sheet: string, labels: ReadonlySet<string>): Finding {
  const missing = [...labels].map((label) => `"${shown(label, 60)}"`);
  return finding(
    "warning",
    "cell.name_unplaced",
    fill(WORDS.report.namesUnplaced, {
      sheet: shown(sheet),
      missing: missing.slice(0, 5).join(", ") + (missing.length > 5 ? ", …" : ""),
    }),
    { template: form.def.id, sheet },
  );
}

/**
 * An error for each of the form's headings and labels a person cannot read where the form has them; a
 * warning for each a picture lies over.
 */
function unseenFindings(form: FormRead, sheet: string): Finding[] {
  const pictured = (form.frame?.pictured ?? []).map(({ label, address }) =>
    textDrawnOver("picture", WORDS.report.textCutLabel, shown(label), {
      template: form.def.id,
      sheet,
      cell: address,
    }),
  );
  const unseen = (form.frame?.unseen ?? []).map(({ label, address }) =>
    finding(
      "error",
      "cell.heading_unseen",
      fill(WORDS.report.formTextUnseen, {
        label: shown(label),
        sheet: shown(sheet),
        cell: shown(address, 20),
      }),
      { template: form.def.id, sheet, cell: address },
    ),
  );
  const english = (form.frame?.english ?? []).map(({ label, address, shown: other }) =>
    finding(
      "error",
      "cell.heading_en_other",
      fill(WORDS.report.formEnglishOther, {
        label: shown(label),
        sheet: shown(sheet),
        cell: shown(address, 20),
        shown: shown(other, 60),
      }),
      { template: form.def.id, sheet, cell: address },
    ),
  );
  return [...unseen, ...english, ...pictured];
}

/** The names of each of a form's reordered rows and columns: how many, the first and the last. */
function linesMoved(misplaced: ReadonlyMap<Placed, Misplacement>) {
  const lines = new Map<string, { count: number; first: Placed; last: Placed; told?: boolean }>();
  for (const [read, { line }] of misplaced) {
    if (line === undefined) continue;
    const known = lines.get(line);
    if (known) [known.count, known.last] = [known.count + 1, read];
    else lines.set(line, { count: 1, first: read, last: read });
  }
  return lines;
}

/**
 * A report's defined names must point at their form cells: a name moved onto the hidden metadata sheet,
 * another sheet, another row or a copy of the form would otherwise feed a figure the form does not show.
 */
export function misplacedNames(forms: readonly FormRead[]): Finding[] {
  const out: Finding[] = [];
  const namedCells = new Map<string, string>();
  const upperSheets = new Map<string, string>();
  const upper = (sheet: string) => {
    let found = upperSheets.get(sheet);
    if (found === undefined) upperSheets.set(sheet, (found = sheet.toUpperCase()));
    return found;
  };
  for (const form of forms) {
    const placed = form.reads.filter(isPlaced);
    const formSheet = form.sheet;
    const unchecked = new Set<string>();
    const misplaced = formMisplaced(form, placed, formSheet, (label) => unchecked.add(label));
    if (formSheet !== undefined && unchecked.size > 0) out.push(uncheckedFinding(form, formSheet, unchecked));
    if (formSheet !== undefined) out.push(...unseenFindings(form, formSheet));
    const lines = linesMoved(misplaced);
    for (const read of placed) {
      const cellKey = `${upper(read.sheet)}!${read.address}`;
      const other = namedCells.get(cellKey);
      if (other === undefined) namedCells.set(cellKey, read.cell.name);
      const placement = other === undefined ? misplaced.get(read) : { why: WORDS.report.nameSharedCell };
      if (!placement) continue;
      const line = placement.line === undefined ? undefined : lines.get(placement.line);
      if (line?.told) continue;
      if (line) line.told = true;
      const params = {
        ...placement.about,
        ...(line && {
          count: line.count,
          first: shown(line.first.address, 20),
          last: shown(line.last.address, 20),
        }),
        name: read.cell.name,
        sheet: shown(read.sheet),
        cell: shown(read.address, 20),
        formSheet: shown(formSheet ?? ""),
        other: other ?? "",
      };
      out.push(
        finding("error", "cell.name_misplaced", fill(placement.why, params), {
          template: form.def.id,
          sheet: read.sheet,
          cell: read.address,
        }),
      );
    }
  }
  return out;
}
