import { QuoteType, Tokenizer, type TokenizerCallbacks } from "htmlparser2";

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

const COLON = 58;
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
  ) {}

  get(name: string): string | undefined {
    const { xml, spans } = this;
    let prefixed = -1;
    for (let i = 0; i < spans.length; i += 4) {
      const start = spans[i]!;
      const end = spans[i + 1]!;
      if (end - start === name.length && xml.startsWith(name, start)) return this.value(i);
      const colon = end - name.length - 1;
      if (
        prefixed < 0 &&
        colon > start &&
        xml.charCodeAt(colon) === COLON &&
        xml.indexOf(":", start) === colon &&
        xml.startsWith(name, colon + 1)
      )
        prefixed = i;
    }
    return prefixed < 0 ? undefined : this.value(prefixed);
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
  /** The local names of `stack`, so a closing tag costs no new string. */
  const locals: string[] = [];
  let rootSeen = false;
  let tag = "";
  let spans: number[] = [];
  let decoded: (string | undefined)[] = [];
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
  const openTag = (end: number, selfClosing: boolean) => {
    if (stack.length === 0) {
      if (rootSeen) malformed("a second root element", end);
      rootSeen = true;
    }
    const name = localName(tag);
    open?.(name, spans.length === 0 ? NONE : new TagAttributes(xml, spans, decoded), selfClosing);
    if (spans.length > 0) {
      spans = [];
      decoded = [];
    }
    if (selfClosing) close?.(name);
    else {
      stack.push(tag);
      locals.push(name);
    }
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tag = xml.slice(start, end);
    },
    onattribname(start, end) {
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
      for (let other = 0; other < at; other += 4)
        if (sameName(other, at)) malformed("attribute given twice", end);
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
      const name = locals.pop()!;
      close?.(name);
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
