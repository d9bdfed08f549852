import { SPREADSHEET_NS } from "./read-namespaces";
import { streamXml } from "./xml-stream";

/** Excel writes characters XML cannot carry (a carriage return, say) as "_x000D_". */
export const decodeExcelEscapes = (text: string) =>
  text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Collects the text of a string item (`si` in sharedStrings.xml, `is` in a cell) as spreadsheet programs
 * show it: its own `t`, or the `t` of each rich-text run joined; phonetic guides (`rPh`), elements of
 * other namespaces and text anywhere else are left out.
 */
export class StringItems {
  /** The elements open inside the item, "" for one of another namespace. */
  private readonly path: string[] = [];
  private current = "";

  open(name: string, namespace: string): void {
    this.path.push(SPREADSHEET_NS.has(namespace) ? name : "");
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
  const item = new StringItems();
  let rooted = false;
  let inItem = false;
  streamXml(xml, {
    open(name, _, __, namespace, depth) {
      if (depth === 0) rooted = name === "sst" && SPREADSHEET_NS.has(namespace);
      else if (depth === 1) inItem = rooted && name === "si" && SPREADSHEET_NS.has(namespace);
      else if (inItem) item.open(name, namespace);
    },
    text: (text) => inItem && item.text(text),
    close(_, __, depth) {
      if (depth === 1 && inItem) {
        strings.push(item.take());
        inItem = false;
      } else if (depth > 1 && inItem) item.close();
    },
  });
  return strings;
}
