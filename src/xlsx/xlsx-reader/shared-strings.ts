import { SPREADSHEET_NS } from "../xml/read-namespaces";
import { streamXml } from "../xml/xml-stream";
import { decodeExcelEscapes } from "../xml/xml-text";

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

  open(name: string, namespace: string): void {
    const { path } = this;
    // What an element inside a text splits, programs keep differently (all of it, or its last piece).
    if (path[path.length - 1] === "t") throw new Error(`malformed string: <${name}> inside <t>`);
    const element = namespace === this.main ? name : "";
    if (path.length === 0 && element === "r") this.runText = false;
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

  text(text: string): void {
    const { path } = this;
    if (path[path.length - 1] === "t" && (path.length === 1 || (path.length === 2 && path[0] === "r")))
      this.current += text;
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = decodeExcelEscapes(this.current);
    this.current = "";
    this.path.length = 0;
    return text;
  }
}

/** The shared strings, in order: each `si` of the `sst` root, nothing else. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let item: StringItems | null = null;
  let main: string | null = null;
  streamXml(xml, {
    open(name, _, __, namespace, depth) {
      if (depth === 0) main = name === "sst" && SPREADSHEET_NS.has(namespace) ? namespace : null;
      else if (depth === 1)
        item = main !== null && name === "si" && namespace === main ? new StringItems(main) : null;
      else item?.open(name, namespace);
    },
    text: (text) => item?.text(text),
    close(_, __, depth) {
      if (depth === 1 && item) {
        strings.push(item.take());
        item = null;
      } else if (depth > 1) item?.close();
    },
  });
  return strings;
}
