import { QuoteType, Tokenizer, type TokenizerCallbacks } from "htmlparser2";

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** A tag's attributes. */
export interface XmlAttributes {
  /**
   * An attribute by name: without `namespaces`, one with no prefix (attributes take no default
   * namespace); with them, one whose prefix is bound to one of those namespaces ("r:id" answers to
   * "id" in the relationships namespace, "q:id" in another does not).
   */
  get(name: string, namespaces?: ReadonlySet<string>): string | undefined;
}

/**
 * What a handler is told of each element: its local name, the namespace its prefix (or the default
 * namespace) binds it to ("" for none), and its depth (0 for the root). Readers match elements by all
 * three, so an element of another namespace, or one where the format puts no such element, is never
 * taken for one that Excel reads.
 */
export interface XmlHandlers {
  open?(
    name: string,
    attributes: XmlAttributes,
    selfClosing: boolean,
    namespace: string,
    depth: number,
  ): void;
  close?(name: string, namespace: string, depth: number): void;
  text?(text: string): void;
}

/**
 * Prefixes to namespaces ("" the default one, kept apart since almost every element takes it); a new
 * scope only where an element declares a namespace, shared by all inside it.
 */
interface Scope {
  readonly prefixes: ReadonlyMap<string, string>;
  readonly unprefixed: string | undefined;
}

const COLON = 58;
const LETTER_X = 120;
/** No element of SpreadsheetML has a hundred attributes; ten thousand only make a reader slow. */
const MAX_ATTRIBUTES = 1_000;
const NONE: XmlAttributes = { get: () => undefined };

/**
 * A tag's attributes as positions in the part, made into strings only when asked for: a sheet has
 * thousands of tags and few attributes are read. `spans` holds name start, name end, value start and
 * value end per attribute; a value that held an entity is kept decoded in `decoded`.
 */
class TagAttributes implements XmlAttributes {
  constructor(
    private readonly xml: string,
    private readonly spans: readonly number[],
    private readonly decoded: readonly (string | undefined)[],
    private readonly scope: Scope,
  ) {}

  get(name: string, namespaces?: ReadonlySet<string>): string | undefined {
    const { xml, spans } = this;
    for (let i = 0; i < spans.length; i += 4) {
      const start = spans[i]!;
      const end = spans[i + 1]!;
      if (!namespaces) {
        if (end - start === name.length && xml.startsWith(name, start)) return this.value(i);
        continue;
      }
      const colon = end - name.length - 1;
      if (
        colon > start &&
        xml.charCodeAt(colon) === COLON &&
        xml.startsWith(name, colon + 1) &&
        xml.indexOf(":", start) === colon &&
        namespaces.has(this.scope.prefixes.get(xml.slice(start, colon)) ?? "")
      )
        return this.value(i);
    }
    return undefined;
  }

  private value(i: number): string {
    return this.decoded[i / 4] ?? this.xml.slice(this.spans[i + 2], this.spans[i + 3]);
  }
}

const malformed = (what: string, at: number): never => {
  throw new Error(`malformed XML: ${what} at ${at}`);
};

const isBlank = (xml: string, start: number, end: number) => {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
};

/**
 * Streams an XML part to handlers by local name, on htmlparser2's tokenizer: nothing per element is
 * kept, entities are never fetched and no document type is accepted. The tokenizer forgives what XML
 * forbids, so what would let two readers see different documents is refused here: unbalanced or
 * crossed tags, text outside the one root element, an attribute twice or without quotes.
 */
export function streamXml(xml: string, handlers: XmlHandlers): void {
  const { open, close, text } = handlers;
  const stack: string[] = [];
  /** The local names, namespaces and enclosing scopes of `stack`, so a closing tag costs no new string. */
  const locals: string[] = [];
  const namespaces: string[] = [];
  const outerScopes: Scope[] = [];
  let scope: Scope = { prefixes: new Map([["xml", XML_NAMESPACE]]), unprefixed: undefined };
  /** Whether the tag being read declares a namespace. */
  let declaring = false;
  let rootSeen = false;
  let tag = "";
  let spans: number[] = [];
  let decoded: (string | undefined)[] = [];
  /** The attribute names of a tag with many, to find one given twice without comparing every pair. */
  let seenNames: Set<string> | null = null;
  let valueStart = -1;
  let valueEnd = -1;
  let valueText: string | undefined;

  const emitText = (value: string, at: number) => {
    if (stack.length === 0) {
      if (!isBlank(value, 0, value.length)) malformed("text outside the root element", at);
      return;
    }
    text?.(value);
  };
  const sameName = (a: number, b: number) => {
    const length = spans[a + 1]! - spans[a]!;
    if (length !== spans[b + 1]! - spans[b]!) return false;
    for (let i = 0; i < length; i++)
      if (xml.charCodeAt(spans[a]! + i) !== xml.charCodeAt(spans[b]! + i)) return false;
    return true;
  };
  const givenTwice = (at: number) => {
    if (at < 32) {
      for (let other = 0; other < at; other += 4) if (sameName(other, at)) return true;
      return false;
    }
    if (!seenNames) {
      seenNames = new Set();
      for (let other = 0; other < at; other += 4) seenNames.add(xml.slice(spans[other], spans[other + 1]));
    }
    const name = xml.slice(spans[at], spans[at + 1]);
    return seenNames.size === seenNames.add(name).size;
  };
  /** The scope inside a tag: the enclosing one, with the namespaces the tag declares. */
  const declared = (end: number): Scope => {
    const inner = new Map(scope.prefixes);
    for (let i = 0; i < spans.length; i += 4) {
      const start = spans[i]!;
      const length = spans[i + 1]! - start;
      if (!xml.startsWith("xmlns", start) || (length > 5 && xml.charCodeAt(start + 5) !== COLON)) continue;
      const prefix = length > 5 ? xml.slice(start + 6, start + length) : "";
      const uri = decoded[i / 4] ?? xml.slice(spans[i + 2], spans[i + 3]);
      if (prefix !== "" && uri === "") malformed(`prefix ${prefix} bound to no namespace`, end);
      inner.set(prefix, uri);
    }
    return { prefixes: inner, unprefixed: inner.get("") };
  };
  const openTag = (end: number, selfClosing: boolean) => {
    if (stack.length === 0) {
      if (rootSeen) malformed("a second root element", end);
      rootSeen = true;
    }
    const outer = scope;
    // Attributes resolve their prefixes in the scope of their own tag, declarations included.
    if (declaring) scope = declared(end);
    const colon = tag.indexOf(":");
    const name = colon < 0 ? tag : tag.slice(colon + 1);
    const namespace = colon < 0 ? (scope.unprefixed ?? "") : scope.prefixes.get(tag.slice(0, colon));
    if (namespace === undefined) malformed(`an element of an undeclared prefix (${tag})`, end);
    const depth = stack.length;
    const attributes = spans.length === 0 ? NONE : new TagAttributes(xml, spans, decoded, scope);
    open?.(name, attributes, selfClosing, namespace!, depth);
    if (spans.length > 0) {
      spans = [];
      decoded = [];
      seenNames = null;
      declaring = false;
    }
    if (selfClosing) {
      close?.(name, namespace!, depth);
      scope = outer;
    } else {
      stack.push(tag);
      locals.push(name);
      namespaces.push(namespace!);
      outerScopes.push(outer);
    }
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tag = xml.slice(start, end);
    },
    onattribname(start, end) {
      if (xml.charCodeAt(start) === LETTER_X && xml.startsWith("xmlns", start)) declaring = true;
      spans.push(start, end, 0, 0);
      valueStart = -1;
      valueText = undefined;
    },
    onattribdata(start, end) {
      if (valueStart < 0 && valueText === undefined) {
        valueStart = start;
        valueEnd = end;
      } else valueText = (valueText ?? xml.slice(valueStart, valueEnd)) + xml.slice(start, end);
    },
    onattribentity(codepoint) {
      valueText =
        (valueText ?? (valueStart < 0 ? "" : xml.slice(valueStart, valueEnd))) +
        String.fromCodePoint(codepoint);
    },
    onattribend(quote, end) {
      if (quote === QuoteType.NoValue || quote === QuoteType.Unquoted)
        malformed("attribute without quotes", end);
      const at = spans.length - 4;
      if (at >= MAX_ATTRIBUTES * 4) malformed("too many attributes", end);
      if (givenTwice(at)) malformed("attribute given twice", end);
      if (valueStart >= 0) {
        spans[at + 2] = valueStart;
        spans[at + 3] = valueEnd;
      }
      decoded[at / 4] = valueText;
    },
    onopentagend(end) {
      openTag(end, false);
    },
    onselfclosingtag(end) {
      openTag(end, true);
    },
    onclosetag(start, end) {
      const top = stack.pop();
      if (top === undefined || end - start !== top.length || !xml.startsWith(top, start))
        malformed("a closing tag that matches no open tag", start);
      close?.(locals.pop()!, namespaces.pop()!, stack.length);
      scope = outerScopes.pop()!;
    },
    ontext(start, end) {
      if (stack.length === 0) {
        if (!isBlank(xml, start, end)) malformed("text outside the root element", start);
      } else text?.(xml.slice(start, end));
    },
    ontextentity(codepoint, end) {
      emitText(String.fromCodePoint(codepoint), end);
    },
    oncdata(start, end, offset) {
      emitText(xml.slice(start, end - offset), start);
    },
    ondeclaration(start) {
      malformed("a document type declaration", start);
    },
    oncomment() {},
    onprocessinginstruction() {},
    onend() {},
  };
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, callbacks);
  tokenizer.write(xml);
  tokenizer.end();
  if (stack.length > 0) malformed(`<${stack[stack.length - 1]}> never closed`, xml.length);
  if (!rootSeen) malformed("no root element", xml.length);
}
