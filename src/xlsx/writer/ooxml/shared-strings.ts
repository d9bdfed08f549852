import { MAIN_NS } from "../../xml/namespaces";
import { spaced, XML_HEAD } from "./xml-text";

/** The workbook's shared string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  add(text: string): number {
    this.uses++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.index.size;
      this.index.set(text, at);
    }
    return at;
  }

  xml(): string {
    const items = [...this.index.keys()].map((text) => `<si>${spaced(text)}</si>`).join("");
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}
