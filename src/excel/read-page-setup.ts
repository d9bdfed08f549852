import type { Extent, SheetPrint } from "../core/grid/grid";
import { paperOfCode, turned } from "../core/grid/paper";

/**
 * Excel's paper names (Excel.PaperType), in the order of the codes a file names them by (xlPaperSize 1–41,
 * as `paperOfCode` reads them): "Quatro" is Office.js's spelling of Quarto.
 */
const PAPER_NAMES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
];

const PAGE_LAYOUT = "zoom,paperSize,orientation,leftMargin,rightMargin,topMargin,bottomMargin";
const AREA_SIZES = ["address", "left", "top", "width", "height"].map((p) => `areas/items/${p}`).join(",");

/** A form's sheet's page setup and what it prints, queued with its other reads (ExcelApi 1.9). */
export interface PageSetupReads {
  readonly layout: Excel.PageLayout;
  /** Its print area, with each area's size, a null object where it sets none. */
  readonly printArea: Excel.RangeAreas;
  /** Its cells holding values, with where they end, a null object where none does; unasked below 1.10. */
  readonly used?: Excel.Range;
}

/**
 * Queues a form's sheet's page setup and, where Excel gives ranges' sizes (ExcelApi 1.10, above the
 * add-in's minimum), its print area's and its cells in use's: without them nothing printed is measured.
 */
export function queuePageSetup(sheet: Excel.Worksheet): PageSetupReads {
  const sized = Office.context.requirements.isSetSupported("ExcelApi", "1.10");
  return {
    layout: sheet.pageLayout.load(PAGE_LAYOUT),
    printArea: sheet.pageLayout.getPrintAreaOrNullObject().load(sized ? `address,${AREA_SIZES}` : "address"),
    ...(sized ? { used: sheet.getUsedRangeOrNullObject(true).load("left,top,width,height") } : {}),
  };
}

/** A whole-row area as Excel writes it ("'Biểu 01'!$1:$22"): its columns print as far as cells are used. */
const WHOLE_ROWS = /!\$?\d+:\$?\d+$/;

/**
 * The size at full scale of what a sheet prints, in points, as the file readers take it
 * (`printedAreas`): each of its print areas down to its cells in use (no page of empty rows prints), a
 * whole-row one across as far as they go; or where it sets none its cells in use from A1 (their range's
 * left and top edges are their distances from A1's); nothing where no cell holds a value.
 */
function printedExtents({ printArea, used }: PageSetupReads): Extent[] {
  // `used` is asked only under ExcelApi 1.10; the sizes are read under the same check, which the
  // audit of members above the add-in's minimum (office-api-audit.test.ts) looks for around each use.
  if (used && !used.isNullObject && Office.context.requirements.isSetSupported("ExcelApi", "1.10")) {
    const [right, bottom] = [used.left + used.width, used.top + used.height];
    if (printArea.isNullObject) return [{ width: right, height: bottom }];
    return printArea.areas.items.map((area) => ({
      width: WHOLE_ROWS.test(area.address) ? Math.max(0, right - area.left) : area.width,
      height: Math.max(0, Math.min(area.height, bottom - area.top)),
    }));
  }
  return [];
}

/** The sheet's print setup as the file readers give it: scale or fit to pages, paper as turned, margins. */
export function pageSetupOf(reads: PageSetupReads): SheetPrint {
  const { layout } = reads;
  const { zoom } = layout;
  const code = PAPER_NAMES.indexOf(layout.paperSize) + 1;
  const paper = code > 0 ? paperOfCode(code) : undefined;
  return {
    ...(typeof zoom.scale === "number"
      ? { scale: zoom.scale }
      : { fit: { wide: zoom.horizontalFitToPages ?? 0, tall: zoom.verticalFitToPages ?? 0 } }),
    ...(paper ? { paper: turned(paper, layout.orientation === "Landscape") } : {}),
    margins: {
      left: layout.leftMargin,
      right: layout.rightMargin,
      top: layout.topMargin,
      bottom: layout.bottomMargin,
    },
    areas: printedExtents(reads),
  };
}
