import type { Area } from "../../core/grid/a1";
import type { Extent, SheetPrint } from "../../core/grid/grid";
import { lengthPoints, paperOfCode, turned } from "../../core/grid/paper";
import { printedAreas } from "../../core/grid/print-areas";
import type { XmlAttributes } from "../xml/xml-stream";
import { flag } from "./sheet-attributes";
import { leadingNumber } from "../sheet-geometry/stored-sizes";

type Margins = NonNullable<SheetPrint["margins"]>;

const INCH = 72;

/** A whole number attribute as LibreOffice reads it, by the digits it starts with; `fallback` where absent. */
function whole(attributes: XmlAttributes, name: string, fallback: number): number {
  const text = attributes.get(name);
  if (text === undefined) return fallback;
  const value = leadingNumber(text);
  return value === undefined ? 0 : Math.trunc(value);
}

/**
 * A sheet's page setup, as its part gives it: `sheetPr › pageSetUpPr fitToPage`, `pageMargins` (inches)
 * and `pageSetup` (its scale, fit to so many pages wide and tall, its paper by code or by `paperWidth`
 * and `paperHeight`, its orientation). Read as LibreOffice reads them: a fitToWidth or fitToHeight left
 * out is 1, a paper left out is Letter (code 1), an orientation other than landscape portrait.
 */
export class PageSetupReader {
  private fitToPage = false;
  private setup: XmlAttributes | undefined;
  private margins: Margins | undefined;
  private read: SheetPrint | undefined;

  /** `printAreas`: the sheet's print areas, where the workbook sets them. */
  constructor(
    private readonly file: string,
    private readonly printAreas: readonly Area[] | undefined,
  ) {}

  /** The sheet's print setup, once its part is read (`measure`). */
  sheetPrint(): SheetPrint | undefined {
    return this.read;
  }

  /** A `pageSetUpPr` under `sheetPr`. */
  readSheetProperties(attributes: XmlAttributes): void {
    this.fitToPage = flag(attributes, "fitToPage", this.file);
  }

  /** `pageMargins`. */
  readMargins(attributes: XmlAttributes): void {
    const inches = (name: string, fallback: number) => {
      const text = attributes.get(name);
      const value = text === undefined ? fallback : (leadingNumber(text) ?? 0);
      return Math.max(0, value) * INCH;
    };
    this.margins = {
      left: inches("left", 0.7),
      right: inches("right", 0.7),
      top: inches("top", 0.75),
      bottom: inches("bottom", 0.75),
    };
  }

  /** `pageSetup`. */
  readSetup(attributes: XmlAttributes): void {
    this.setup ??= attributes;
  }

  /**
   * Works out the sheet's print setup once its part is read, with the size of each area it prints
   * (`extent`): its print areas', or where it sets none, its used range's from A1 to `used` (none where
   * no cell holds anything).
   */
  measure(used: { row: number; col: number } | undefined, extent: (area: Area) => Extent): void {
    const { printAreas } = this;
    const setup = this.setup;
    const landscape = setup?.get("orientation") === "landscape";
    const [width, height] = [lengthPoints(setup?.get("paperWidth")), lengthPoints(setup?.get("paperHeight"))];
    const given = width !== undefined && height !== undefined ? { width, height } : undefined;
    const paper = given ?? paperOfCode(setup ? whole(setup, "paperSize", 1) : 1);
    const areas = printedAreas(printAreas, used).map(extent);
    this.read = {
      ...(setup?.get("scale") !== undefined ? { scale: whole(setup, "scale", 100) } : {}),
      ...(this.fitToPage
        ? {
            fit: {
              wide: setup ? whole(setup, "fitToWidth", 1) : 1,
              tall: setup ? whole(setup, "fitToHeight", 1) : 1,
            },
          }
        : {}),
      ...(paper ? { paper: turned(paper, landscape) } : {}),
      ...(this.margins ? { margins: this.margins } : {}),
      areas,
    };
  }
}
