import { SaxesParser } from "saxes";

export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** A tag's attributes by local name ("r:id" answers to "id" when no plain "id" is there). */
export interface XmlAttributes {
  get(name: string): string | undefined;
}

export interface XmlHandlers {
  open?(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Looked up where asked rather than copied per tag: a sheet has thousands of tags and few are read. */
class TagAttributes implements XmlAttributes {
  constructor(private readonly raw: Record<string, unknown>) {}

  get(name: string): string | undefined {
    const raw = this.raw;
    const plain = Object.prototype.hasOwnProperty.call(raw, name) ? raw[name] : undefined;
    if (typeof plain === "string") return plain;
    for (const key in raw) {
      const value = raw[key];
      if (typeof value === "string" && key.endsWith(`:${name}`) && localName(key) === name) return value;
    }
    return undefined;
  }
}

/**
 * Streams an XML part to handlers by local name: a tokenizer, not a tree, so a part costs its own size
 * and nothing per element kept. Entities are never fetched; malformed XML throws.
 */
export function streamXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, close, text } = handlers;
  if (open)
    parser.on("opentag", (tag) =>
      open(localName(tag.name), new TagAttributes(tag.attributes), tag.isSelfClosing),
    );
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.write(xml).close();
}
