import { streamXml, type XmlAttributes } from "./xml-stream";

export interface XmlElement {
  readonly name: string;
  readonly attributes: XmlAttributes;
}

/**
 * The elements of an XML part with the given local names, in document order, with their attributes.
 * A tokenizer, not a tree: nothing else of the part is kept, and entities are never fetched.
 */
export function xmlElements(xml: string, names: ReadonlySet<string>): XmlElement[] {
  const found: XmlElement[] = [];
  streamXml(xml, {
    open(name, attributes) {
      if (names.has(name)) found.push({ name, attributes });
    },
  });
  return found;
}
