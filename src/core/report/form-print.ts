import type { TemplateId } from "../catalog";

import { fromA1, toA1 } from "../grid/a1";
import type { GridSheet, RowCol } from "../grid/grid";
import { generalRoomOf } from "./general-room";
import { printedFontOf, smallSizesOf } from "./drawn-sizes";
import { LEAST_PRINTED_SIZE } from "./legible";
import { inPrintAreas, printAreaA1 } from "../grid/print-areas";

import type { FormRead } from "./form-read";
import { printedScale } from "./print-scale";
/**
 * A form's sheet whose print area leaves out a cell of the form: the printout, the copy that is signed and
 * stamped, shows another part of the sheet (a copy of the form beside it, with other figures) or the form
 * without that cell, while the figures used are the named ones (red team, round 9) — or the figures without
 * the headings and labels that say which is which (round 53: a print area of the title and the bare grid of
 * figures, or of the figures and their headings without the row labels).
 */
export interface FormOffPrint {
  readonly template: TemplateId;
  readonly sheet: string;
  /** The first of the form's cells, title or figure, its printout leaves out. */
  readonly cell: string;
  readonly printAreas: string;
}

/** Where the texts a person reads a form by are on its sheet: its title, unit and period lines, headings and labels. */
function formTexts(form: FormRead): RowCol[] {
  const lines = (form.identityLines ?? []).flatMap((line) =>
    line.sheet === form.sheet && line.text.trim() !== "" && !line.unseen ? [fromA1(line.address)!] : [],
  );
  return [...(form.frame?.title ? [form.frame.title] : []), ...lines, ...(form.frame?.texts ?? [])];
}

/** A sheet's print areas where it has none, printing nothing. */
export const NO_AREA = "—";

/** Each form whose sheet sets a print area that leaves out its title or one of its named cells. */
export function formsOffPrint(
  sheets: readonly Pick<GridSheet, "name" | "printAreas">[],
  forms: readonly FormRead[],
): FormOffPrint[] {
  return forms.flatMap((form): FormOffPrint[] => {
    const areas = sheets.find((sheet) => sheet.name === form.sheet)?.printAreas;
    if (!areas || form.sheet === undefined) return [];
    // The first in reading order: what a person misses first on the printout (most print every cell).
    // Looked for in loops: flatMap's arrays of one cell each cost more than the look (issue 67).
    let left: RowCol | undefined;
    const keepFirst = (at: RowCol) => {
      if (
        (!left || at.row < left.row || (at.row === left.row && at.col < left.col)) &&
        !inPrintAreas(areas, at.row, at.col)
      )
        left = at;
    };
    for (const at of formTexts(form)) keepFirst(at);
    for (const read of form.reads)
      if (read.sheet === form.sheet && read.address !== undefined) keepFirst(fromA1(read.address)!);
    if (!left) return [];
    const printAreas = areas.length > 0 ? areas.map(printAreaA1).join(", ") : NO_AREA;
    return [{ template: form.def.id, sheet: form.sheet, cell: toA1(left.row, left.col), printAreas }];
  });
}

/**
 * A form's sheet whose page setup prints its figures too small to read: a scale of 10 %, fitted to one
 * page wide with columns thousands of points wide, margins that leave an inch of room, a paper the size of
 * a stamp (red team, round 13: figures 0.9 pt high on the signed copy, while the screen shows them as ever).
 */
export interface FormPrintedSmall {
  readonly template: TemplateId;
  readonly sheet: string;
  /** The first of the form's named cells it prints too small; else the first of its texts. */
  readonly cell: string;
  /** The scale it prints at, in percent. */
  readonly scale: number;
  /** How large that cell's font prints, in points. */
  readonly size: number;
  /** A figure, or a text a person reads the form by (its title, unit line, a heading or a label). */
  readonly what: "figure" | "text";
}

/**
 * The size a named cell's figure prints from: the templates' 11 pt, or a smaller one the reader tells (its
 * own font's, or a conditional format's). A larger one a rule may draw it in (an .xls's Default style's,
 * round 54) is not the printout's: the figure prints in its own where the rule does not apply.
 */
const fontSizeOf = (read: FormRead["reads"][number]) =>
  least(
    least(least(least(11, printedFontOf(read)), smallSizesOf(read)?.fontSize), read.textLayout?.fontSize),
    generalRoomOf(read)?.fontSize,
  );

/** The smaller of a size and another the reader may not give, as `Math.min` has it; no list made per cell. */
const least = (size: number, other: number | undefined) =>
  other === undefined ? size : Math.min(size, other);

/**
 * Each form whose sheet prints a named cell's figure smaller than `LEAST_PRINTED_SIZE`: its font's size
 * at the scale LibreOffice prints the part of the sheet holding the form at (`printedScale`; the smallest
 * over the print areas that hold a named cell, or over all where none does).
 */
export function formsPrintedSmall(
  sheets: readonly Pick<GridSheet, "name" | "printAreas" | "print" | "cells">[],
  forms: readonly FormRead[],
): FormPrintedSmall[] {
  return forms.flatMap((form): FormPrintedSmall[] => {
    const sheet = sheets.find((s) => s.name === form.sheet);
    const print = sheet?.print;
    if (!print || print.areas.length === 0 || form.sheet === undefined) return [];
    const named: { read: FormRead["reads"][number]; at: RowCol }[] = [];
    for (const read of form.reads) {
      const at = read.sheet === form.sheet && read.address !== undefined ? fromA1(read.address) : null;
      if (at) named.push({ read, at });
    }
    const areas = sheet.printAreas ?? [];
    const holding = print.areas.filter(
      (_, i) => areas[i] !== undefined && named.some(({ at }) => inPrintAreas([areas[i]!], at.row, at.col)),
    );
    const scale = Math.min(
      ...(holding.length > 0 ? holding : print.areas).map((area) => printedScale(print, area)),
    );
    const tooSmall = (fontSize: number) => (fontSize * scale) / 100 < LEAST_PRINTED_SIZE;
    const printed = (fontSize: number) => Math.round(fontSize * scale) / 100;
    const small = named.find(({ read }) => tooSmall(fontSizeOf(read)));
    const base = { template: form.def.id, sheet: form.sheet, scale };
    if (small)
      return [
        {
          ...base,
          cell: toA1(small.at.row, small.at.col),
          size: printed(fontSizeOf(small.read)),
          what: "figure" as const,
        },
      ];
    // The first text printed too small, each looked up as it comes: most forms print none so.
    for (const { row, col } of formTexts(form)) {
      const cell = toA1(row, col);
      const read = sheet.cells.get(cell);
      const font = read && printedFontOf(read);
      if (font !== undefined && tooSmall(font)) return [{ ...base, cell, size: printed(font), what: "text" }];
    }
    return [];
  });
}
