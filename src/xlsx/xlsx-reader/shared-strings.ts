import { SPREADSHEET_NS } from "../xml/read-namespaces";
import { streamXml, type XmlAttributes } from "../xml/xml-stream";
import { decodeExcelEscapes } from "../xml/xml-text";
import { colourOf, type StyleColour } from "../colours/colours";
import { isOn, isScript } from "./sheet-attributes";
import { leadingNumber } from "../sheet-geometry/stored-sizes";
import { symbolFontOf } from "../../core/report/symbol-fonts";

/**
 * A rich-text run that gives its own font's colour or size: a person may not see it where its cell's text
 * shows (red team, round 17: a label's runs in white 1-pt type read "Doanh nghiệp nhà nước" on the row of
 * "Doanh nghiệp ngoài nhà nước trong nước"). Runs that give neither are written with `colour` and `size`
 * undefined.
 */
export interface StyledRun {
  readonly text: string;
  readonly colour?: StyleColour;
  readonly size?: number;
  /** A superscript or a subscript, drawn smaller than its size. */
  readonly script?: boolean;
  readonly struck?: boolean;
  /** Its own font's name (`rFont`), where its letters are symbols (`symbolFontOf`). */
  readonly font?: string;
}

type OpenRun = { -readonly [key in keyof StyledRun]: StyledRun[key] };

/**
 * Collects the text of a string item (`si` in sharedStrings.xml, `is` in a cell) as spreadsheet programs
 * show it: its own `t`, or the `t` of each rich-text run joined; phonetic guides (`rPh`), elements of
 * other namespaces and text anywhere else are left out.
 */
export class StringItems {
  /** The elements open inside the item, "" for one of another namespace. */
  private readonly path: string[] = [];
  private current = "";

  /** `main`: the spreadsheet namespace of the part the item is in. */
  constructor(private readonly main: string) {}

  /** Whether the rich-text run being read has had its text: a second `t` in one run is refused. */
  private runText = false;
  /**
   * The item's runs, the first `runCount` of these, while one of them gives its own font's look
   * (`styled`): kept from item to item and set anew, as most items are one run (a new array and run for
   * each of the bench's inline strings were 3 % of what reading a report allocated).
   */
  private readonly runs: OpenRun[] = [];
  private runCount = 0;
  private styled = false;
  /** The runs of the item last taken, where one gives its own font's look. */
  takenRuns: readonly StyledRun[] | undefined;
  /**
   * The item last taken as written, where it holds `_xHHHH_` escapes: Excel shows them decoded,
   * LibreOffice as written (red team, round 19: a label of escapes LibreOffice showed as "_x0054__x1EF7_…").
   */
  takenLiteral: string | undefined;

  /**
   * A new item, nothing of the last one kept: a sheet's cells hold their inline strings one after another,
   * and one reader serves them all (openpyxl writes every text so: a reader and a cell object each were
   * 3 % of what reading one of the bench's reports allocated).
   */
  begin(): this {
    this.emptyPath();
    this.current = "";
    this.runText = false;
    this.runCount = 0;
    this.styled = false;
    this.takenRuns = undefined;
    this.takenLiteral = undefined;
    return this;
  }

  open(name: string, namespace: string, attributes: XmlAttributes): void {
    const { path } = this;
    // What an element inside a text splits, programs keep differently (all of it, or its last piece).
    if (path[path.length - 1] === "t") throw new Error(`malformed string: <${name}> inside <t>`);
    const element = namespace === this.main ? name : "";
    // A text of the item's own, beside its runs, is a run of the cell's font.
    if (path.length === 0 && (element === "r" || element === "t")) {
      this.runText = false;
      this.newRun();
    }
    if (path.length === 2 && path[0] === "r" && path[1] === "rPr") this.runFont(element, attributes);
    // Two texts in one run: some programs join them, others keep the last.
    if (path.length === 1 && path[0] === "r" && element === "t") {
      if (this.runText) throw new Error("malformed string: a run with two <t>");
      this.runText = true;
    }
    path.push(element);
  }

  close(): void {
    this.path.pop();
  }

  /** Emptied only where it holds some: emptying an array lets its room go, to be made again at the next push. */
  private emptyPath(): void {
    if (this.path.length > 0) this.path.length = 0;
  }

  private newRun(): void {
    const run = this.runs[this.runCount++];
    if (!run) this.runs.push({ text: "" });
    else {
      run.text = "";
      run.colour = run.size = run.script = run.struck = run.font = undefined;
    }
  }

  /** A font property of the run being read: its colour, size, script, strike or font. */
  private runFont(element: string, attributes: XmlAttributes): void {
    const run = this.runs[this.runCount - 1]!;
    if (element === "color") run.colour = colourOf(attributes);
    // A size of nothing or less LibreOffice draws as nothing (red team, round 18: `sz val="-11"`).
    else if (element === "sz") {
      const given = attributes.get("val");
      const size = given === undefined ? undefined : leadingNumber(given);
      if (size !== undefined) run.size = Math.max(0, size);
    } else if (element === "vertAlign") run.script = isScript(attributes);
    else if (element === "strike") run.struck = isOn(attributes);
    else if (element === "rFont") {
      // Only a font of symbols changes what a person reads; Excel names a font on every run.
      const symbols = symbolFontOf(attributes.get("val"));
      if (symbols === undefined) return;
      run.font = symbols;
    } else return;
    this.styled = true;
  }

  text(text: string): void {
    const { path } = this;
    if (path[path.length - 1] === "t" && (path.length === 1 || (path.length === 2 && path[0] === "r"))) {
      this.current += text;
      this.runs[this.runCount - 1]!.text += text;
    }
  }

  /** The item's text, and a fresh start for the next item; its styled runs in `takenRuns`. */
  take(): string {
    const text = decodeExcelEscapes(this.current);
    this.takenLiteral = text === this.current ? undefined : this.current;
    this.takenRuns = this.styled
      ? this.runs.slice(0, this.runCount).map(({ text, colour, size, script, struck, font }) => ({
          text: decodeExcelEscapes(text),
          ...(colour ? { colour } : {}),
          ...(size !== undefined ? { size } : {}),
          ...(script ? { script } : {}),
          ...(struck ? { struck } : {}),
          ...(font !== undefined ? { font } : {}),
        }))
      : undefined;
    this.current = "";
    this.emptyPath();
    this.runCount = 0;
    this.styled = false;
    return text;
  }
}

/**
 * A workbook's shared strings, in order, the styled runs of those written in them and the text as written
 * of those holding escapes, by index.
 */
export interface SharedStrings {
  readonly strings: readonly string[];
  readonly runs: ReadonlyMap<number, readonly StyledRun[]>;
  readonly literals: ReadonlyMap<number, string>;
}

/** The shared strings, in order: each `si` of the `sst` root, nothing else. */
export function readSharedStrings(xml: string): SharedStrings {
  const strings: string[] = [];
  const runs = new Map<number, readonly StyledRun[]>();
  const literals = new Map<number, string>();
  let item: StringItems | null = null;
  /** One reader serves every item, each begun anew (see `StringItems.begin`). */
  let items: StringItems | undefined;
  let main: string | null = null;
  streamXml(xml, {
    open(name, attributes, __, namespace, depth) {
      if (depth === 0) main = name === "sst" && SPREADSHEET_NS.has(namespace) ? namespace : null;
      else if (depth === 1)
        item =
          main !== null && name === "si" && namespace === main
            ? (items ??= new StringItems(main)).begin()
            : null;
      else item?.open(name, namespace, attributes);
    },
    text: (text) => item?.text(text),
    close(_, __, depth) {
      if (depth === 1 && item) {
        strings.push(item.take());
        if (item.takenRuns) runs.set(strings.length - 1, item.takenRuns);
        if (item.takenLiteral !== undefined) literals.set(strings.length - 1, item.takenLiteral);
        item = null;
      } else if (depth > 1) item?.close();
    },
  });
  return { strings, runs, literals };
}
