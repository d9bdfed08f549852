import { canonicalA1 } from "../../core/grid/a1";
import type { RowCol, SheetView } from "../../core/grid/grid";
import type { XmlAttributes } from "../xml/xml-stream";
import { corrupt } from "./sheet-attributes";

/** The words LibreOffice reads a flag as off by, in any case (red team, round 56: `showZeros="off"`). */
const OFF = new Set(["0", "false", "off", "f"]);

/** Pane states whose top-left pane stays put: the rows above it (columns left of it) cannot be reached. */
const FROZEN = new Set(["frozen", "frozenSplit"]);
const SPLIT_STATES = new Set([...FROZEN, "split"]);

/**
 * A sheet's first view (Excel and LibreOffice open on the first): the top-left cell it opens at, and
 * with panes frozen, the rows and columns the frozen pane starts past, which no scrolling brings back.
 * A cell, split or state programs would read apart is refused.
 */
export class SheetViewReader {
  private views = 0;
  private opensAt: RowCol = { row: 0, col: 0 };
  private reach: RowCol | undefined;
  private zerosHidden = false;
  private formulasShown = false;
  private background = false;

  constructor(private readonly file: string) {}

  /** A `sheetView` under `sheetViews`. */
  readView(attributes: XmlAttributes): void {
    if (++this.views !== 1) return;
    this.opensAt = this.cell(attributes.get("topLeftCell"));
    this.zerosHidden = OFF.has(attributes.get("showZeros")?.trim().toLowerCase() ?? "");
    this.formulasShown = ["1", "true"].includes(attributes.get("showFormulas")?.trim() ?? "");
  }

  /** The sheet's `picture`: its background. */
  readBackground(): void {
    this.background = true;
  }

  /** A `pane` of a `sheetView`. */
  readPane(attributes: XmlAttributes): void {
    if (this.views !== 1) return;
    const state = attributes.get("state") ?? "split";
    if (!SPLIT_STATES.has(state)) corrupt(this.file, `pane state="${state.slice(0, 20)}"`);
    if (!FROZEN.has(state)) return;
    const [columns, rows] = [this.count(attributes, "xSplit"), this.count(attributes, "ySplit")];
    if (columns > 0 || rows > 0)
      this.reach = { row: rows > 0 ? this.opensAt.row : 0, col: columns > 0 ? this.opensAt.col : 0 };
  }

  view(): SheetView {
    const past = this.reach && (this.reach.row > 0 || this.reach.col > 0);
    return {
      opensAt: this.opensAt,
      ...(past ? { reach: this.reach } : {}),
      ...(this.zerosHidden ? { zerosHidden: true } : {}),
      ...(this.formulasShown ? { formulasShown: true } : {}),
      ...(this.background ? { background: true } : {}),
    };
  }

  private cell(address: string | undefined): RowCol {
    if (address === undefined) return { row: 0, col: 0 };
    return canonicalA1(address) ?? corrupt(this.file, `sheetView topLeftCell="${address.slice(0, 20)}"`);
  }

  /** A frozen pane's rows or columns: a whole number, as Excel writes it. */
  private count(attributes: XmlAttributes, name: string): number {
    const value = attributes.get(name) ?? "0";
    return /^\d{1,7}$/.test(value)
      ? Number(value)
      : corrupt(this.file, `pane ${name}="${value.slice(0, 20)}"`);
  }
}
