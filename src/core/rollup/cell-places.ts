import { toA1 } from "../grid/a1";
import {
  CUSTOM_FORM,
  findDefinition,
  splitForm,
  formDef,
  type Indicator,
  type TemplateDef,
  type TemplateId,
  type SubRow,
} from "../catalog";
import type { Extraction } from "../report/extract";
import { formCells } from "../form/form";
import { formAddress } from "../form/form-address";
import type { CellPlace } from "./types";

/**
 * Where a file's counts and sums were found (a jump since the previous period is warned at the unit's
 * figure; continuity warnings name an opening stock and the closing stock it continues from), kept small:
 * thousands of files travel back from the reading threads and wait for the roll-up together. Each form's
 * sheet and the version of its definition stand for every cell where that version puts it; only a cell
 * found elsewhere, or not at all, is listed. Ratios are never pointed at.
 */
export interface CellPlaces {
  readonly forms: ReadonlyMap<TemplateId, { readonly sheet: string; readonly version: number }>;
  /** Counts and sums found on another sheet or in another cell than their version puts them. */
  readonly moved: ReadonlyMap<string, CellPlace>;
  /** Counts and sums the file has no name for. */
  readonly missing: ReadonlySet<string>;
}

const standardAddress = (def: TemplateDef, row: string, col: string) => {
  const at = formAddress(def, { row, col });
  return toA1(at.row, at.col);
};

export function cellPlaces(extraction: Extraction): CellPlaces {
  const forms = new Map<TemplateId, { sheet: string; version: number }>();
  const moved = new Map<string, CellPlace>();
  const missing = new Set<string>();
  for (const form of extraction.forms) {
    const { sheet } = form;
    if (sheet !== undefined) forms.set(form.def.id, { sheet, version: form.def.version });
    for (const read of form.reads) {
      if (read.cell.kind === "ratio") continue;
      if (!read.sheet || !read.address) missing.add(read.cell.name);
      else if (
        read.sheet !== sheet ||
        read.address !== standardAddress(form.def, read.cell.row.key, read.cell.col.key)
      )
        moved.set(read.cell.name, { sheet: read.sheet, address: read.address });
    }
  }
  return { forms, moved, missing };
}

/**
 * Where a file holds the cell `name` of form `id` (Biểu 05 of `indicators`, a built-in form with the
 * rows `subRows` add), if it was found there.
 */
export function placeOf(
  places: CellPlaces,
  id: TemplateId,
  name: string,
  indicators: readonly Indicator[] = [],
  subRows: readonly SubRow[] = [],
): CellPlace | undefined {
  const moved = places.moved.get(name);
  if (moved || places.missing.has(name)) return moved;
  const form = places.forms.get(id);
  const def =
    form && (id === CUSTOM_FORM ? formDef(id, indicators) : readDefinition(id, form.version, subRows));
  const cell = def && formCells(def).find((c) => c.name === name);
  return cell && { sheet: form.sheet, address: standardAddress(def, cell.row.key, cell.col.key) };
}

function readDefinition(id: TemplateId, version: number | null, subRows: readonly SubRow[]) {
  const def = findDefinition(id, version);
  return def && splitForm(def, subRows);
}
