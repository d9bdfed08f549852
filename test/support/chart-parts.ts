import { strFromU8, unzipSync } from "fflate";
import { posix } from "node:path";
import { fromA1 } from "../../src/core/grid/a1";

/** One chart of a written workbook, found by following the package's relationships from the workbook. */
export interface WrittenChart {
  readonly sheet: string;
  readonly part: string;
  readonly title: string;
  readonly categories: { readonly formula: string; readonly cache: readonly (string | null)[] };
  readonly values: { readonly formula: string; readonly cache: readonly (number | null)[] };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Cached points by index, null where the cache has no point. */
function cache(xml: string): (string | null)[] {
  const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(xml)![1]);
  const points = Array<string | null>(count).fill(null);
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g))
    points[Number(m[1])] = unescape(m[2]!);
  return points;
}

/**
 * Every chart of an .xlsx, by sheet: workbook → worksheet → drawing → chart, each step through the
 * source part's relationships, each part declared in [Content_Types].xml. Throws at the first step
 * that does not resolve, naming it.
 */
export function writtenCharts(bytes: Uint8Array): WrittenChart[] {
  const files = unzipSync(bytes);
  const text = (part: string) => {
    const file = files[part];
    if (!file) throw new Error(`missing part ${part}`);
    return strFromU8(file);
  };
  const types = text("[Content_Types].xml");
  const declared = (part: string, type: string) => {
    if (
      !types.includes(
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`,
      )
    )
      throw new Error(`${part} is not declared as ${type}`);
  };
  /** The part a relationship id of `source` points at, from the source's _rels part. */
  const target = (source: string, id: string, type: string) => {
    const rels = text(posix.join(posix.dirname(source), "_rels", `${posix.basename(source)}.rels`));
    const rel = [...rels.matchAll(/<Relationship [^>]*\/>/g)]
      .map((m) => m[0])
      .find((r) => attr(r, "Id") === id);
    if (!rel || !attr(rel, "Type")!.endsWith(`/${type}`))
      throw new Error(`${source}: no ${type} relationship ${id}`);
    return posix.normalize(posix.join(posix.dirname(source), attr(rel, "Target")!));
  };

  const charts: WrittenChart[] = [];
  for (const [tag] of text("xl/workbook.xml").matchAll(/<sheet [^>]*\/>/g)) {
    const sheetPart = target("xl/workbook.xml", attr(tag, "r:id")!, "worksheet");
    const drawingTag = /<drawing r:id="([^"]+)"\/>/.exec(text(sheetPart));
    if (!drawingTag) continue;
    const drawing = target(sheetPart, drawingTag[1]!, "drawing");
    declared(drawing, "drawing+xml");
    for (const [, id] of text(drawing).matchAll(/<c:chart [^>]*r:id="([^"]+)"\/>/g)) {
      const part = target(drawing, id!, "chart");
      declared(part, "drawingml.chart+xml");
      const xml = text(part);
      const cat = /<c:cat><c:strRef><c:f>([^<]*)<\/c:f><c:strCache>(.*?)<\/c:strCache>/.exec(xml)!;
      const val = /<c:val><c:numRef><c:f>([^<]*)<\/c:f><c:numCache>(.*?)<\/c:numCache>/.exec(xml)!;
      charts.push({
        sheet: unescape(attr(tag, "name")!),
        part,
        title: unescape(/<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!),
        categories: { formula: unescape(cat[1]!), cache: cache(cat[2]!) },
        values: {
          formula: unescape(val[1]!),
          cache: cache(val[2]!).map((v) => (v === null ? null : Number(v))),
        },
      });
    }
  }
  return charts;
}

/** "'Tổng hợp'!$C$12:$C$41" → the sheet and the zero-based rows and column of a one-column range. */
export function columnRange(formula: string): { sheet: string; col: number; top: number; bottom: number } {
  const bang = formula.lastIndexOf("!");
  const quoted = formula.slice(0, bang);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  const [from, to] = formula
    .slice(bang + 1)
    .split(":")
    .map(fromA1);
  if (!from || !to || from.col !== to.col) throw new Error(`not a one-column range: ${formula}`);
  return { sheet, col: from.col, top: from.row, bottom: to.row };
}
