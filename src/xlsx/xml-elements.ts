import { SaxesParser } from "saxes";

export interface XmlElement {
  readonly name: string;
  /** By local name ("r:id" is "id"); the first of two equal names wins. */
  readonly attributes: ReadonlyMap<string, string>;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * The elements of an XML part with the given local names, in document order, with their attributes.
 * A tokenizer, not a tree: nothing else of the part is kept, and entities are never fetched.
 */
export function xmlElements(xml: string, names: ReadonlySet<string>): XmlElement[] {
  const found: XmlElement[] = [];
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => {
    if (!names.has(local(tag.name))) return;
    const attributes = new Map<string, string>();
    for (const [name, value] of Object.entries(tag.attributes)) {
      const key = local(name);
      if (!attributes.has(key) && typeof value === "string") attributes.set(key, value);
    }
    found.push({ name: local(tag.name), attributes });
  });
  parser.write(xml).close();
  return found;
}
