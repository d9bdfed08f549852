import { SaxesParser, type SaxesTag } from "saxes";

export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

export interface XmlHandlers {
  open?(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

function attributesOf(tag: SaxesTag): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [name, value] of Object.entries(tag.attributes)) {
    const key = localName(name);
    if (!attributes.has(key) && typeof value === "string") attributes.set(key, value);
  }
  return attributes;
}

/**
 * Streams an XML part to handlers by local name: a tokenizer, not a tree, so a part costs its own size
 * and nothing per element kept. Entities are never fetched; malformed XML throws.
 */
export function streamXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, close, text } = handlers;
  if (open) parser.on("opentag", (tag) => open(localName(tag.name), attributesOf(tag), tag.isSelfClosing));
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.write(xml).close();
}
