import { areaBetween, columnIndex, columnLetters, fromA1, inArea, toA1, type Area } from "../../core/grid/a1";
import type { ComputedBy, GridCell } from "../../core/grid/grid";
import type { XmlAttributes } from "../xml/xml-stream";
import { corrupt } from "./sheet-attributes";
import { areasOf, type KeptPositions } from "../sheet-geometry/sheet-areas";

/** A cell's `f`: its text and its attributes (`t`, `si`, `ref`). */
export interface CellFormula {
  text: string;
  readonly attributes: XmlAttributes;
}

/** Where a cell is (0-based). */
interface At {
  readonly row: number;
  readonly col: number;
}

/**
 * A cell reference inside a formula, as SheetJS finds it when it shifts a shared formula (its `crefregex`),
 * so both readers give a shared formula's copy the same text.
 */
const CELL_REF =
  /(^|[^._A-Z0-9])([$]?)([A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])([$]?)(10[0-3]\d{4}|104[0-7]\d{3}|1048[0-4]\d{2}|10485[0-6]\d|104857[0-6]|[1-9]\d{0,5})(?![_.(A-Za-z0-9])/g;

/** A shared formula's text as it reads in another cell: relative references move with the cell. */
function shiftFormula(formula: string, rows: number, cols: number): string | null {
  let outside = false;
  const shifted = formula.replace(
    CELL_REF,
    (_, lead: string, colAbs: string, col: string, rowAbs: string, row: string) => {
      const c = colAbs ? col : columnIndex(col) + cols;
      if (typeof c === "number" && c < 0) outside = true;
      const r = rowAbs ? row : String(Number(row) + rows);
      return `${lead}${colAbs}${typeof c === "number" ? columnLetters(Math.max(c, 0)) : c}${rowAbs}${r}`;
    },
  );
  return outside ? null : shifted;
}

/**
 * A formula without the `_xlfn.` Excel writes before a function newer than the file format. Only before a
 * function's name: `_xlfn.1+1` is no formula Excel writes, LibreOffice shows #NAME? for it.
 */
/** Excel's escape of a character XML cannot carry, as it writes one in a string: "_x000D_". */
const ESCAPED = /_x[0-9a-fA-F]{4}_/;

const stripFuture = (formula: string) => formula.replace(/_xlfn\.(?=[A-Z][A-Z0-9._]*\()/gi, "");

/**
 * A sheet's formulas as its cells stream by: each shared formula's text where it is given, to expand it
 * in the cells that share it, and each array formula's and data table's area, to mark the kept cells it
 * covers once the whole sheet is read.
 */
export class SheetFormulas {
  private readonly shared = new Map<string, { text: string; row: number; col: number }>();
  /**
   * Each array formula's and data table's area (its `ref` and its own cell): every cell of it shows what
   * it computes, though only its first cell holds the formula and a data table's holds no text at all.
   */
  private readonly areas: { kind: "array" | "dataTable"; ref: string; areas: readonly Area[] }[] = [];

  constructor(private readonly file: string) {}

  /**
   * A shared formula's text, where its first cell gives it. A later cell of the same formula that writes
   * a text of its own is read as the first cell's formula, as Excel and LibreOffice read it (the text of
   * `<f t="shared" si="0">2</f>` is not what they compute there).
   */
  register(f: CellFormula | undefined, at: At): void {
    if (!f?.text || f.attributes.get("t") !== "shared") return;
    const si = String(parseInt(f.attributes.get("si") ?? "", 10));
    if (this.shared.has(si)) return;
    this.shared.set(si, { text: stripFuture(f.text), row: at.row, col: at.col });
  }

  /** A cell's formula text ("" for a shared formula's copy in a cell not wanted, never expanded). */
  formulaOf(f: CellFormula | undefined, at: At, wanted: boolean): string | undefined {
    if (!f) return undefined;
    // LibreOffice shows Err:520 for a formula of nothing (`<f/>`, `<f>=</f>`), and in every cell that
    // counts it, where a reader that skipped it reads the cached figure (red team, round 16).
    const kind = f.attributes.get("t") ?? "normal";
    if ((kind === "normal" || kind === "array") && /^\s*=?\s*$/.test(f.text))
      corrupt(this.file, `an empty formula at ${toA1(at.row, at.col)}`);
    if (f.text && !this.isSharedCopy(f, at)) {
      // LibreOffice reads "_x0031_" in a formula as written (a name, #NAME?), a reader that decoded it
      // as "1" would check C1_x0031_ as the form's C11: programs read it apart, so it is refused.
      // Both an escape and `_xlfn.` hold "_", which most formulas do not: their text is scanned once.
      const plain = f.text.indexOf("_") < 0;
      if (!plain && ESCAPED.test(f.text)) corrupt(this.file, "an escaped character in a formula");
      const text = plain ? f.text : stripFuture(f.text);
      return text.replace(/^=/, "") || undefined;
    }
    const master = this.shared.get(f.attributes.get("si") ?? "");
    if (!master) return undefined;
    if (!wanted) return "";
    const text = shiftFormula(master.text, at.row - master.row, at.col - master.col);
    return text === null ? corrupt(this.file, "shared formula") : text.replace(/^=/, "") || undefined;
  }

  /** Whether a shared formula's cell is a copy: an earlier cell gave the formula's text. */
  private isSharedCopy(f: CellFormula, at: At): boolean {
    if (f.attributes.get("t") !== "shared") return false;
    const master = this.shared.get(f.attributes.get("si") ?? "");
    return !!master && (master.row !== at.row || master.col !== at.col);
  }

  /**
   * An array formula's or a data table's kind and area, recorded; or a shared formula whose text no
   * earlier cell gave, which LibreOffice computes from a later cell or shows blank.
   */
  computedKind(f: CellFormula | undefined, at: At): ComputedBy | undefined {
    const kind = f?.attributes.get("t");
    if (kind === "array" || kind === "dataTable") {
      const ref = f!.attributes.get("ref")?.trim() || toA1(at.row, at.col);
      // Its `ref` is one range, as a merge's is: a list of them is none.
      const areas = /\s/.test(ref) ? [] : areasOf(ref);
      this.areas.push({ kind, ref, areas: [...areas, areaBetween(at, at)] });
      return { kind, area: ref };
    }
    return kind === "shared" && !f!.text && !this.shared.has(f!.attributes.get("si") ?? "")
      ? { kind: "shared" }
      : undefined;
  }

  /**
   * Marks each kept cell an array formula's or a data table's area covers, with the first that does; and
   * each of the `listed` cells the sheet leaves empty or out that one covers, as a cell of no value of
   * its own: Excel and LibreOffice show there what the formula computes (an array from a heading over a
   * blank optional input shows 7 where the roll-up would count 0).
   */
  markComputed(cells: Map<string, GridCell>, kept: KeptPositions, listed?: ReadonlySet<string>): void {
    if (this.areas.length === 0) return;
    const covering = (row: number, col: number) =>
      this.areas.find(({ areas }) => areas.some((area) => inArea(area, row, col)));
    for (const at of kept.in(this.areas.flatMap(({ areas }) => areas))) {
      const { kind, ref } = covering(at.row, at.col)!;
      cells.set(at.address, { ...cells.get(at.address)!, computedBy: { kind, area: ref } });
    }
    for (const address of listed ?? []) {
      const at = cells.has(address) ? null : fromA1(address);
      const area = at && covering(at.row, at.col);
      if (area) cells.set(address, { computedBy: { kind: area.kind, area: area.ref } });
    }
  }
}
