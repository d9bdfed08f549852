import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { convertWithLibreOffice } from "./libreoffice";

/**
 * One printed page as poppler reads it: its size in points and its text in the order it is drawn (a
 * wrapped cell's lines one after another, a row's cells on one line).
 */
export interface PrintedPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  /** Each word as drawn and its box in points, from the page's top left (its height about its font size). */
  readonly words: readonly PrintedWord[];
  /** The page drawn at 60 dpi, RGB, row by row: what shows, as text clipped away still is in `text`. */
  readonly image: { readonly width: number; readonly height: number; readonly rgb: Buffer };
}

export interface PrintedWord {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly height: number;
}

const A4 = { short: 595, long: 842 };

/** Whether a page is A4, within a point (PDF sizes are rounded), and which way it lies. */
export function a4Orientation(page: PrintedPage): "portrait" | "landscape" | null {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  if (near(page.width, A4.short) && near(page.height, A4.long)) return "portrait";
  if (near(page.width, A4.long) && near(page.height, A4.short)) return "landscape";
  return null;
}

function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "100000", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(([, w, h]) => ({
    width: Number(w),
    height: Number(h),
  }));
}

/** A binary PPM (P6) of 8-bit samples, as pdftoppm writes it. */
function readPpm(ppm: Buffer): PrintedPage["image"] {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a PPM of 8-bit samples");
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, rgb: ppm.subarray(header[0].length, header[0].length + width * height * 3) };
}

/** The words of pdftotext's bounding-box listing of a document, page by page. */
function wordsByPage(pdf: string): PrintedWord[][] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  return html
    .split(/<page [^>]*>/)
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map(([, left, top, right, bottom, text]) => ({
        text: text!,
        left: Number(left),
        top: Number(top),
        right: Number(right),
        bottom: Number(bottom),
        height: Number(bottom) - Number(top),
      })),
    );
}

/**
 * Each page of a PDF, read by one pdftotext run for the texts and one for the words (three runs a page cost
 * several times LibreOffice's printing); a page is drawn only when a test looks at its image.
 */
function pagesOf(pdf: string): PrintedPage[] {
  const bytes = readFileSync(pdf);
  // pdftotext ends each page with a form feed, as it does printing one page alone.
  const texts = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 })
    .split("\f")
    .map((text) => `${text}\f`);
  const words = wordsByPage(pdf);
  return pageSizes(pdf).map((size, i) => {
    let image: PrintedPage["image"] | undefined;
    const page = ["-f", `${i + 1}`, "-l", `${i + 1}`];
    return {
      number: i + 1,
      ...size,
      text: texts[i]!,
      words: words[i]!,
      get image() {
        image ??= readPpm(
          execFileSync("pdftoppm", [...page, "-r", "60", "-"], { input: bytes, maxBuffer: 1 << 26 }),
        );
        return image;
      },
    };
  });
}

/** How many pixels of a page are drawn in a colour ("4472C4"), each channel within `tolerance`. */
export function pixelsOf(page: PrintedPage, colour: string, tolerance = 24): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  const { rgb } = page.image;
  let count = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3)
    if (
      Math.abs(rgb[i]! - r) <= tolerance &&
      Math.abs(rgb[i + 1]! - g) <= tolerance &&
      Math.abs(rgb[i + 2]! - b) <= tolerance
    )
      count++;
  return count;
}

/**
 * The pages of the workbooks printed in this test process, by their SHA-256: a test file prints its report as
 * made beside each changed copy, in test after test, and LibreOffice prints the same bytes the same.
 */
const printed = new Map<string, PrintedPage[]>();

/**
 * Workbooks as LibreOffice prints them, in one run of LibreOffice (a start costs seconds): each
 * converted to PDF (every visible sheet, with its own page setup), then each page's size from pdfinfo
 * and its text from pdftotext; a workbook printed before in this process is not printed again. With `png`,
 * the pages of each workbook given a name in `png.names` are also drawn (pdftoppm at 60 dpi) into `png.dir`
 * as `<name>-<page>.png`, replacing those of an earlier run.
 */
export function printedPages(
  workbooks: readonly Uint8Array[],
  png?: { readonly dir: string; readonly names: readonly (string | null)[] },
): PrintedPage[][] {
  const keys = workbooks.map((bytes) => createHash("sha256").update(bytes).digest("hex"));
  const toPrint = keys
    .map((_, i) => i)
    .filter((i) => png?.names[i] || (!printed.has(keys[i]!) && keys.indexOf(keys[i]!) === i));
  const dir = mkdtempSync(join(tmpdir(), "thidua-print-"));
  try {
    const inputs = toPrint.map((i) => {
      const input = join(dir, `w${i}.xlsx`);
      writeFileSync(input, workbooks[i]!);
      return input;
    });
    if (inputs.length > 0) convertWithLibreOffice(inputs, "pdf", dir);
    for (const i of toPrint) {
      const pdf = join(dir, `w${i}.pdf`);
      const name = png?.names[i];
      if (png && name) {
        mkdirSync(png.dir, { recursive: true });
        for (const old of readdirSync(png.dir))
          if (old.startsWith(`${name}-`) && old.endsWith(".png")) rmSync(join(png.dir, old));
        execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(png.dir, name)]);
      }
      printed.set(keys[i]!, pagesOf(pdf));
    }
    return keys.map((key) => printed.get(key)!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
