import { DRAW_NS } from "./ods-drawings";
import type { XmlAttributes } from "../xml/xml-stream";

const TEXT_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:text:1.0"]);
const OFFICE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:office:1.0"]);
/** More spaces than a `text:s` of a cell's text needs: a longer run is cut. */
const MAX_SPACES = 1_000;

/** The cell being read: its paragraphs, and whether a drawing is anchored in it. */
interface Reading {
  readonly key: string;
  readonly depth: number;
  readonly paragraphs: string[];
  drawn: boolean;
  /** The depth of the drawing being passed over, whose text is its own, not the cell's. */
  drawing: number | null;
  /** The depth of the paragraph being read. */
  paragraph: number | null;
}

/**
 * The texts of an .ods's cells a drawing is anchored in, as LibreOffice shows them: the cell's own
 * paragraphs, without the drawing's, which SheetJS joins to them ("Tỷ lệ DN …\nTỷ lệ TƯLĐTT …" of a label
 * under a text box made the label a text no form has, and the box over it went unnamed).
 */
export class OdsCellTexts {
  private readonly texts = new Map<string, string>();
  private reading: Reading | null = null;

  /** A cell opening (row and column from 0): one without a string value of its own is read. */
  cell(sheet: string, row: number, col: number, attributes: XmlAttributes, depth: number): void {
    this.reading =
      attributes.get("string-value", OFFICE_NS) === undefined
        ? { key: key(sheet, row, col), depth, paragraphs: [], drawn: false, drawing: null, paragraph: null }
        : null;
  }

  /** An element inside the cell being read. */
  element(namespace: string, name: string, attributes: XmlAttributes, depth: number): void {
    const reading = this.reading;
    if (!reading || reading.drawing !== null) return;
    if (DRAW_NS.has(namespace)) [reading.drawn, reading.drawing] = [true, depth];
    else if (!TEXT_NS.has(namespace)) return;
    else if (depth === reading.depth + 1 && (name === "p" || name === "h")) {
      reading.paragraph = depth;
      reading.paragraphs.push("");
    } else if (reading.paragraph !== null) {
      const spaces = Math.min(MAX_SPACES, Number(attributes.get("c", TEXT_NS) ?? 1) || 1);
      const added =
        name === "s" ? " ".repeat(spaces) : name === "tab" ? "\t" : name === "line-break" ? "\n" : "";
      reading.paragraphs.push(reading.paragraphs.pop()! + added);
    }
  }

  text(chunk: string): void {
    const reading = this.reading;
    if (reading && reading.drawing === null && reading.paragraph !== null)
      reading.paragraphs.push(reading.paragraphs.pop()! + chunk);
  }

  closed(depth: number): void {
    const reading = this.reading;
    if (!reading) return;
    if (depth === reading.drawing) reading.drawing = null;
    else if (depth === reading.paragraph) reading.paragraph = null;
    else if (depth === reading.depth) {
      if (reading.drawn) this.texts.set(reading.key, reading.paragraphs.join("\n"));
      this.reading = null;
    }
  }

  /** The cell's own text, where a drawing is anchored in it. */
  textOf(sheet: string, row: number, col: number): string | undefined {
    return this.texts.get(key(sheet, row, col));
  }
}

const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
