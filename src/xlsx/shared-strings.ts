import { streamXml } from "./xml-stream";

/** Excel writes characters XML cannot carry (a carriage return, say) as "_x000D_". */
export const decodeExcelEscapes = (text: string) =>
  text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Collects the text of string items (`si` in sharedStrings.xml, `is` in a cell): the runs of rich text
 * joined, phonetic guides (`rPh`) left out, as spreadsheet programs show them.
 */
export class StringItems {
  private phonetic = 0;
  private inText = false;
  private current = "";

  open(name: string): void {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic--;
    else if (name === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.current += text;
  }

  /** The item's text, and a fresh start for the next item. */
  take(): string {
    const text = decodeExcelEscapes(this.current);
    this.current = "";
    this.inText = false;
    this.phonetic = 0;
    return text;
  }
}

export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItems();
  let inItem = false;
  streamXml(xml, {
    open(name) {
      if (name === "si") inItem = true;
      else if (inItem) item.open(name);
    },
    text: (text) => inItem && item.text(text),
    close(name) {
      if (name === "si") {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
    },
  });
  return strings;
}
