import { strFromU8, strToU8, unzipSync } from "fflate";
import { defaultTargets, fromA1, layoutReport, parsePeriod, sampleForms, TEMPLATE_IDS } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { zipEntriesOf } from "./mutate-report";

/** A report written by our own writer, as Excel writes one (shared strings, values cached), in parts. */
export interface ReportParts {
  readonly bytes: Uint8Array;
  /** A part's XML. */
  text(part: string): string;
  /** The report with some parts replaced (a text, or bytes), or changed by a function of their XML. */
  fileWith(changes: Record<string, string | Uint8Array | ((xml: string) => string)>): Uint8Array;
  /** Where the first form's first named input is: its name, sheet part, cell and row. */
  readonly input: {
    readonly name: string;
    readonly part: string;
    readonly cell: string;
    readonly row: string;
  };
}

/**
 * When the report says it was saved: one moment rather than the clock's, so that the report is the same
 * bytes in every test file and what LibreOffice makes of it is kept for the test run (libreoffice-cache.js);
 * no check reads a workbook's own save time.
 */
const SAVED = new Date("2025-03-01T08:00:00Z");

/** `due`: the period's due date (ISO), which the unit and period line then names. */
export async function reportParts({
  due,
  unitName = "Công đoàn H01",
}: { due?: string; unitName?: string } = {}): Promise<ReportParts> {
  const bytes = await writeWorkbookPlan(
    layoutReport({
      unit: { code: "CD_H01", name: unitName, kind: "commune", parentCode: "LDLD_T" },
      period: { ...parsePeriod("2025-D1")!, ...(due ? { due } : {}) },
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
      forms: sampleForms(TEMPLATE_IDS, 5),
    }),
    { modified: SAVED },
  );
  const parts = new Map<string, string | Uint8Array>(
    Object.entries(unzipSync(bytes)).map(([n, d]) => [n, /\.(xml|rels)$/.test(n) ? strFromU8(d) : d]),
  );
  const text = (part: string) => parts.get(part) as string;
  const [, name, column, row] = /<definedName name="(TD_B01_[a-z_]+)">'Biểu 01'!\$([A-Z]+)\$(\d+)</.exec(
    text("xl/workbook.xml"),
  )!;
  return {
    bytes,
    text,
    fileWith(changes) {
      const changed = new Map(parts);
      for (const [part, change] of Object.entries(changes))
        changed.set(part, typeof change === "function" ? change(text(part)) : change);
      return zipEntriesOf([...changed].map(([n, d]) => [n, typeof d === "string" ? strToU8(d) : d]));
    },
    input: {
      name: name!,
      part: sheetPart(text, "Biểu 01"),
      cell: `${column}${row}`,
      row: row!,
    },
  };
}

/** Where the report's first input is, each from 0: its sheet (by its part's number), row and column. */
export function inputAt({ input }: ReportParts): { sheet: number; row: number; column: number } {
  const { row, col } = fromA1(input.cell)!;
  return { sheet: Number(/sheet(\d+)\.xml$/.exec(input.part)![1]) - 1, row, column: col };
}

/**
 * The report with a conditional format over its first input (or `cell` of its sheet) whose rule always
 * holds and applies the differential style `dxf` (its inner XML): kept in styles.xml's dxfs, or inline
 * where Excel 2010 keeps some, in the sheet's extension list; `sheet` changes the sheet first.
 */
export function conditionallyStyled(
  report: ReportParts,
  dxf: string,
  where: "dxfs" | "extension",
  cell = report.input.cell,
  sheet: (xml: string) => string = (xml) => xml,
): Uint8Array {
  const { text, input } = report;
  const fileWith: ReportParts["fileWith"] = (changes) =>
    report.fileWith({
      ...changes,
      [input.part]: (xml) => (changes[input.part] as (x: string) => string)(sheet(xml)),
    });
  if (where === "extension") {
    const rule = [
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">',
      '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">',
      `<x14:cfRule type="expression" priority="1" id="{00000000-0000-0000-0000-000000000001}"><xm:f>TRUE</xm:f><x14:dxf>${dxf}</x14:dxf></x14:cfRule>`,
      `<xm:sqref>A1 ${cell}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
    ].join("");
    return fileWith({ [input.part]: (xml) => xml.replace("</worksheet>", `${rule}</worksheet>`) });
  }
  const { styles, first } = withDxfs(text("xl/styles.xml"), [dxf]);
  const rule = `<conditionalFormatting sqref="A1 ${cell}:${cell}"><cfRule type="expression" dxfId="${first}" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`;
  return fileWith({
    "xl/styles.xml": styles,
    [input.part]: (xml) => xml.replace("</sheetData>", `</sheetData>${rule}`),
  });
}

/**
 * A styles part with the differential styles `dxfs` (each one's inner XML) added after its own, which the
 * template's conditional formats keep: the part, and the index of the first added.
 */
export function withDxfs(styles: string, dxfs: readonly string[]): { styles: string; first: number } {
  const first = Number(/<dxfs count="(\d+)">/.exec(styles)?.[1] ?? 0);
  const added = dxfs.map((dxf) => `<dxf>${dxf}</dxf>`).join("");
  return {
    first,
    styles:
      first > 0
        ? styles
            .replace(`<dxfs count="${first}">`, `<dxfs count="${first + dxfs.length}">`)
            .replace("</dxfs>", `${added}</dxfs>`)
        : styles.replace("</styleSheet>", `<dxfs count="${dxfs.length}">${added}</dxfs></styleSheet>`),
  };
}

/** A number format as an XML attribute value. */
export const escapedFormat = (code: string) =>
  code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Where a sheet's cell is kept: its sheet's part, and its address. */
export interface CellPlace {
  readonly part: string;
  readonly cell: string;
}

/** The part of the report's sheet `name`, and `cell` on it. */
export const cellOf = (report: ReportParts, name: string, cell: string): CellPlace => ({
  part: sheetPart(report.text, name),
  cell,
});

/** The part that holds sheet `name`, by the workbook's relationships. */
export function sheetPart(text: (part: string) => string, name: string): string {
  const id = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(
    text("xl/workbook.xml"),
  )![1]!;
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
    text("xl/_rels/workbook.xml.rels"),
  )!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`;
}

/**
 * The report with its first input (or the cell `at`) styled in a number format of its own (a cell
 * style, numFmtId 300).
 */
export function numberFormatted(
  report: ReportParts,
  code: string,
  then: {
    readonly styles?: (xml: string) => string;
    readonly sheet?: (xml: string) => string;
    readonly at?: CellPlace;
  } = {},
): Uint8Array {
  const { text, fileWith } = report;
  const input = then.at ?? report.input;
  const added = withCellXfs(
    // A function, not a string: a format's "$" would be read as a replacement pattern ("$$", "$&").
    text("xl/styles.xml").replace(
      "</numFmts>",
      () => `<numFmt numFmtId="300" formatCode="${escapedFormat(code)}"/></numFmts>`,
    ),
    '<xf numFmtId="300" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/>',
  );
  const same = (xml: string) => xml;
  return fileWith({
    "xl/styles.xml": (then.styles ?? same)(added.styles),
    [input.part]: (xml) => (then.sheet ?? same)(styledCell(input.cell, added.first)(xml)),
  });
}

/** `styles` with cell xfs (their XML) added after its own, and the index of the first added. */
export function withCellXfs(
  styles: string,
  xfs: string,
): { readonly styles: string; readonly first: number } {
  const first = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  const added = xfs.match(/<xf[ >/]/g)!.length;
  return {
    styles: styles
      .replace(/<cellXfs count="\d+">/, `<cellXfs count="${first + added}">`)
      .replace("</cellXfs>", () => `${xfs}</cellXfs>`),
    first,
  };
}

/** `styles` with `xfs` (their XML) added at the end of cellXfs; `sheet` puts the report's input in the first. */
export function withInputXfs(report: ReportParts, styles: string, xfs: string) {
  const added = withCellXfs(styles, xfs);
  return { ...added, sheet: styledCell(report.input.cell, added.first) };
}

/** A sheet part changed to put the cell at `address` in cell xf `index`. */
export const styledCell = (address: string, index: number) => (xml: string) =>
  xml.replace(new RegExp(`(<c r="${address}"[^>]*?) s="\\d+"`), `$1 s="${index}"`);

/** The report with its first input holding `value` in number format `code`, its column `width` characters wide. */
export function inNarrowColumn(report: ReportParts, value: number, code: string, width: number): Uint8Array {
  const { cell } = report.input;
  const column = cell.charCodeAt(0) - 64;
  return numberFormatted(report, code, {
    sheet: (xml) =>
      xml
        .replace(new RegExp(`(<c r="${cell}"[^>]*><v>)[^<]*`), `$1${value}`)
        .replace(new RegExp(`<col min="${column}" max="${column}" width="[^"]*"`), (col) =>
          col.replace(/width="[^"]*"/, `width="${width}"`),
        ),
  });
}

/** The figure the report's first input holds, as the file writes it. */
export const inputFigure = ({ text, input }: ReportParts): string =>
  new RegExp(`<c r="${input.cell}"[^>]*><v>([^<]*)</v>`).exec(text(input.part))![1]!;

/**
 * A sheet part with the merge across the form of the unit line at `address` (A3, or its English line at A4)
 * taken out, or made `ref` instead: a forger's first step, the line then runs on or is merged over fewer
 * columns.
 */
export function unitLineMerged(xml: string, address: string, ref?: string): string {
  const row = fromA1(address)!.row + 1;
  const merge = new RegExp(`<mergeCell ref="${address}:[A-Z]+${row}"/>`);
  if (!merge.test(xml)) throw new Error(`the form's line at ${address} is not merged`);
  if (ref !== undefined) return xml.replace(merge, `<mergeCell ref="${ref}"/>`);
  return xml
    .replace(merge, "")
    .replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) - 1}">`);
}

/**
 * `styles` with a copy of the cell xf of the unit line at `address` in `sheet` that does not wrap, added at
 * the end of cellXfs, and the sheet changed to put the line in it: the line as a forger unwraps it, to run
 * on.
 */
export function unitLineUnwrapped(
  styles: string,
  sheet: string,
  address: string,
): { styles: string; sheet: string } {
  const own = Number(new RegExp(`<c r="${address}" s="(\\d+)"`).exec(sheet)![1]);
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1]!.match(/<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gs)!;
  const wrapped = xfs[own]!;
  if (!wrapped.includes('wrapText="1"')) throw new Error(`the form's line at ${address} does not wrap`);
  const added = withCellXfs(styles, wrapped.replace(/ wrapText="1"/, ""));
  return { styles: added.styles, sheet: styledCell(address, added.first)(sheet) };
}
