import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { SheetPlan, StreamedPlan, WorkbookPlan } from "../../core/layout/plan";
import {
  APP_PROPS,
  contentTypes,
  type PartCounts,
  coreProps,
  relationships,
  ROOT_RELS,
  workbookRels,
  workbookXml,
} from "./ooxml/package-parts";
import { chartXml } from "./ooxml/chart-xml";
import { drawingXml } from "./ooxml/drawing-xml";
import { SharedStrings } from "./ooxml/shared-strings";
import { StyleSheet } from "./ooxml/style-sheet";
import { tableXml } from "./ooxml/table-xml";
import { worksheetXml } from "./ooxml/worksheet-xml";

const CREATOR = "Thi Đua";

/** A surface's own deflate and checksum, where it has faster ones than fflate's (Node's zlib). */
export interface PartDeflater {
  /**
   * Deflates one part a chunk at a time, each chunk's output following the last's in one raw deflate
   * stream (ended where `final`). Made anew for each part. A deflate that answers later (on another
   * thread) lets the next chunk be made meanwhile; the outputs are still written in the chunks' order.
   */
  readonly part: () => (
    chunk: Uint8Array,
    final: boolean,
  ) => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>;
  /** The CRC-32 of a part's bytes, continued chunk by chunk from the last chunk's `value`. */
  readonly crc32: (chunk: Uint8Array, value: number) => number;
}

interface WriteOptions {
  /** When the workbook says it was saved (what `readWorkbookGrid` returns as `modifiedAt`); now by default. */
  readonly modified?: Date;
  /** Where the surface has a faster deflate than fflate's (Node's zlib: a third of the time). */
  readonly deflater?: PartDeflater;
}

/**
 * A zip entry deflated and checksummed by the surface's own codec: fflate's checksum in script took a
 * tenth of writing a summary.
 */
class DeflatedPart extends ZipPassThrough {
  private readonly deflate: ReturnType<PartDeflater["part"]>;
  private checksum = 0;
  /** The part's chunks handed on so far, in order. */
  private handed: Promise<unknown> = Promise.resolve();

  constructor(
    name: string,
    private readonly codec: PartDeflater,
    /** Told where a deflate that answers later fails: the workbook is then not written. */
    private readonly failed: (error: unknown) => void,
  ) {
    super(name);
    this.deflate = codec.part();
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    this.checksum = this.codec.crc32(chunk, this.checksum);
    this.size += chunk.length;
    if (final) this.crc = this.checksum;
    this.process(chunk, final);
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    const deflated = this.deflate(chunk, final);
    if (!(deflated instanceof Promise)) return this.ondata(null, deflated, final);
    this.handed = Promise.all([deflated, this.handed])
      .then(([bytes]) => this.ondata(null, bytes, final))
      .catch((error: unknown) => this.failed(error));
  }
}

type AddPart = (name: string, text: string | Iterable<string>) => void;

/** How many bytes of a part are gathered before they are compressed: enough to keep deflate busy. */
const BATCH_BYTES = 1 << 20;

/**
 * A part's text as UTF-8, encoded a piece at a time into one buffer, shared by the parts, and handed on a
 * batch at a time. Joined first and encoded whole, a batch's pieces were flattened into one string, of two
 * bytes a character if any piece held a letter past Latin-1 (a sheet's name in a formula): a fifth of
 * writing.
 */
class Utf8Batches {
  private readonly buffer = new Uint8Array(BATCH_BYTES);

  /** Hands on `pieces` as UTF-8 in batches, the last one `final`; each piece is whole text. */
  write(pieces: Iterable<string>, emit: (bytes: Uint8Array, final: boolean) => void): void {
    let filled = 0;
    for (const piece of pieces) {
      // UTF-8 takes at most three bytes for each UTF-16 unit.
      if (filled > 0 && filled + piece.length * 3 > BATCH_BYTES) {
        emit(this.buffer.slice(0, filled), false);
        filled = 0;
      }
      if (piece.length * 3 > BATCH_BYTES) emit(ENCODER.encode(piece), false);
      else filled += ENCODER.encodeInto(piece, this.buffer.subarray(filled)).written;
    }
    emit(this.buffer.slice(0, filled), true);
  }
}

const ENCODER = new TextEncoder();
type Counts = { -readonly [K in keyof PartCounts]: number };

/** A sheet's charts, each a chart part, in one drawing part; the drawing's path from the sheet, if any. */
function addCharts(sheet: SheetPlan, counts: Counts, add: AddPart): string | null {
  if (!sheet.charts || sheet.charts.length === 0) return null;
  const drawing = ++counts.drawings;
  const rels = sheet.charts.map((chart, c) => {
    const n = ++counts.charts;
    add(`xl/charts/chart${n}.xml`, chartXml(chart, sheet.name, sheet.cells));
    return { id: `rId${c + 1}`, type: "chart", target: `../charts/chart${n}.xml` };
  });
  add(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationships(rels));
  add(
    `xl/drawings/drawing${drawing}.xml`,
    drawingXml(
      sheet.charts,
      rels.map((r) => r.id),
    ),
  );
  return `../drawings/drawing${drawing}.xml`;
}

/**
 * Translates a workbook plan into .xlsx bytes, straight into SpreadsheetML: a summary of thousands of
 * units is hundreds of thousands of cells, which a cell-object library writes in seconds and hundreds of
 * megabytes; as text they take a fraction of both. Excel recalculates every formula when it opens them.
 */
export async function writeWorkbookPlan(plan: StreamedPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const utf8 = new Utf8Batches();
  const out: Uint8Array[] = [];
  let failed: (error: unknown) => void = () => undefined;
  let ended: () => void = () => undefined;
  const zipped = new Promise<void>((resolve, reject) => ([ended, failed] = [resolve, reject]));
  const zip = new Zip((error, chunk, final) => {
    if (error) return failed(error);
    out.push(chunk);
    if (final) ended();
  });
  // Each part is compressed as it is made, a batch of its text at a time, so a sheet of a million cells
  // is never held whole, neither as text nor as bytes.
  const add: AddPart = (name, text) => {
    // The fastest deflate level: a summary's XML is so repetitive that it still shrinks tenfold.
    const part = options.deflater
      ? new DeflatedPart(name, options.deflater, failed)
      : new ZipDeflate(name, { level: 1 });
    // Dated as the workbook says it was saved where the caller sets that moment: the same plan then makes
    // the same bytes (the clock's second otherwise, fflate's default).
    if (options.modified) part.mtime = options.modified;
    zip.add(part);
    utf8.write(typeof text === "string" ? [text] : text, (bytes, final) => part.push(bytes, final));
  };
  const counts = { sheets: 0, tables: 0, drawings: 0, charts: 0 };
  // What the workbook part needs of each sheet once it is written: its cells are let go.
  const written: SheetPlan[] = [];
  for (const sheet of plan.sheets) {
    const i = written.length;
    const rels = (sheet.tables ?? []).map((table, t) => {
      const n = ++counts.tables;
      add(`xl/tables/table${n}.xml`, tableXml(table, n, sheet.cells));
      return { id: `rId${t + 1}`, type: "table", target: `../tables/table${n}.xml` };
    });
    const tableRels = rels.map((r) => r.id);
    const drawing = addCharts(sheet, counts, add);
    const drawingRel =
      drawing === null ? null : { id: `rId${rels.length + 1}`, type: "drawing", target: drawing };
    if (drawingRel) rels.push(drawingRel);
    if (rels.length > 0) add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relationships(rels));
    add(
      `xl/worksheets/sheet${i + 1}.xml`,
      worksheetXml(sheet, strings, styles, { tables: tableRels, drawing: drawingRel?.id ?? null }),
    );
    written.push({ ...sheet, cells: [], merges: [], validations: [], charts: [] });
  }
  counts.sheets = written.length;
  const outline: WorkbookPlan = { sheets: written, names: plan.names };
  add("[Content_Types].xml", contentTypes(counts));
  add("_rels/.rels", ROOT_RELS);
  add("docProps/core.xml", coreProps(CREATOR, options.modified ?? new Date()));
  add("docProps/app.xml", APP_PROPS);
  add("xl/workbook.xml", workbookXml(outline));
  add("xl/_rels/workbook.xml.rels", workbookRels(written.length));
  add("xl/styles.xml", styles.xml());
  add("xl/sharedStrings.xml", strings.xml());
  zip.end();
  await zipped;
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of out) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
