import { knownText, rememberText } from "./known-texts";
import { checkCharacters, decodeText, forbidden, lineEnds, malformed } from "./xml-text";

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** A tag's attributes. */
export interface XmlAttributes {
  /**
   * An attribute by name: without `namespaces`, one with no prefix (attributes take no default
   * namespace); with them, one whose prefix is bound to one of those namespaces ("r:id" answers to
   * "id" in the relationships namespace, "q:id" in another does not).
   */
  get(name: string, namespaces?: ReadonlySet<string>): string | undefined;
  /** The local names of the attributes whose prefix is bound to one of `namespaces`. */
  namesIn(namespaces: ReadonlySet<string>): string[];
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

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const BANG = 33;
const DOUBLE_QUOTE = 34;
const AMPERSAND = 38;
const SINGLE_QUOTE = 39;
const SLASH = 47;
const COLON = 58;
const LESS_THAN = 60;
const EQUALS = 61;
const GREATER_THAN = 62;
const QUESTION_MARK = 63;
const LETTER_X = 120;
/** No element of SpreadsheetML has a hundred attributes; ten thousand only make a reader slow. */
const MAX_ATTRIBUTES = 1_000;
const NONE: XmlAttributes = { get: () => undefined, namesIn: () => [] };

/** Where the first colon of the name from `start` to `end` is, or -1: names are short, a part is long. */
function colonIn(xml: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (xml.charCodeAt(i) === COLON) return i;
  return -1;
}

/** Whether `name` is written at `at`: a name is short, and a loop compares it faster than startsWith. */
function sameAt(xml: string, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (xml.charCodeAt(at + i) !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * Tags' attributes are kept as positions (name start, name end, value start and value end each), the
 * tags of a part one after another in a pool, a new one, twice as large up to `LARGEST_POOL`, where the
 * last is full. A pool is never written over, so a handler may keep a tag's attributes: a sheet has
 * thousands of tags, and an array of each one's own made a tenth of what reading a report allocated.
 */
const FIRST_POOL = 256;
const LARGEST_POOL = 16_384;

/**
 * A tag's attributes as positions in the part, made into strings only when asked for: a sheet has
 * thousands of tags and few attributes are read. `spans` holds them from `first` to `end` (see
 * `FIRST_POOL`); a value that held an entity is kept decoded in `decoded`, by the attribute's place.
 */
class TagAttributes implements XmlAttributes {
  constructor(
    private readonly xml: string,
    private readonly spans: Int32Array,
    private readonly first: number,
    private readonly end: number,
    private readonly decoded: readonly (string | undefined)[] | null,
    private readonly scope: Scope,
  ) {}

  get(name: string, namespaces?: ReadonlySet<string>): string | undefined {
    const { xml, spans } = this;
    for (let i = this.first; i < this.end; i += 4) {
      const start = spans[i]!;
      const end = spans[i + 1]!;
      if (!namespaces) {
        if (end - start === name.length && sameAt(xml, start, name)) return this.value(i);
        continue;
      }
      const colon = end - name.length - 1;
      if (
        colon > start &&
        xml.charCodeAt(colon) === COLON &&
        xml.startsWith(name, colon + 1) &&
        colonIn(xml, start, colon + 1) === colon &&
        namespaces.has(this.scope.prefixes.get(xml.slice(start, colon)) ?? "")
      )
        return this.value(i);
    }
    return undefined;
  }

  namesIn(namespaces: ReadonlySet<string>): string[] {
    const { xml, spans } = this;
    const names: string[] = [];
    for (let i = this.first; i < this.end; i += 4) {
      const colon = colonIn(xml, spans[i]!, spans[i + 1]!);
      if (colon > 0 && namespaces.has(this.scope.prefixes.get(xml.slice(spans[i], colon)) ?? ""))
        names.push(xml.slice(colon + 1, spans[i + 1]));
    }
    return names;
  }

  private value(i: number): string {
    return this.decoded?.[(i - this.first) / 4] ?? this.xml.slice(this.spans[i + 2], this.spans[i + 3]);
  }
}

/** XML's white space: space, tab, line feed and carriage return, and no other. */
const S = "[ \\t\\n\\r]";
/** The XML declaration's grammar (XML 1.0 §2.8): version, then optionally encoding and standalone. */
const XML_DECLARATION = new RegExp(
  `^<\\?xml${S}+version${S}*=${S}*("1\\.\\d+"|'1\\.\\d+')` +
    `(${S}+encoding${S}*=${S}*("[A-Za-z][\\w.-]*"|'[A-Za-z][\\w.-]*'))?` +
    `(${S}+standalone${S}*=${S}*("(yes|no)"|'(yes|no)'))?${S}*\\?>$`,
);

const isSpace = (c: number) => c === SPACE || c === LINE_FEED || c === TAB || c === CARRIAGE_RETURN;

/** ASCII characters a name may start with (letters, "_", ":") and hold after (digits, "-", "." too). */
const NAME_START = new Uint8Array(128);
const NAME_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === COLON;
  NAME_START[c] = letter ? 1 : 0;
  NAME_PART[c] = letter || (c >= 48 && c <= 57) || c === 45 || c === 46 ? 1 : 0;
}
/**
 * ASCII characters that text (an attribute's value) takes as they are, so the scan passes them with one
 * look: not markup, not "&", not a line end or character XML forbids (nor a quote, nor a tab or line feed,
 * which a value folds to spaces). ">" is looked at in text for "]]>". Beyond ASCII only U+FFFE and U+FFFF
 * are forbidden: a decoded part holds no lone surrogate.
 */
const PLAIN_TEXT = new Uint8Array(128);
const PLAIN_VALUE = new Uint8Array(128);
for (let c = 32; c < 128; c++) {
  PLAIN_TEXT[c] = c === LESS_THAN || c === AMPERSAND || c === GREATER_THAN ? 0 : 1;
  PLAIN_VALUE[c] = c === LESS_THAN || c === AMPERSAND || c === DOUBLE_QUOTE || c === SINGLE_QUOTE ? 0 : 1;
}
PLAIN_TEXT[TAB] = PLAIN_TEXT[LINE_FEED] = 1;

/** Beyond ASCII, XML names take letters of every script: refused are only the signs it never allows. */
const nameStarts = (c: number) => (c < 128 ? NAME_START[c] === 1 : c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
const nameGoesOn = (c: number) => (c < 128 ? NAME_PART[c] === 1 : c >= 0xb7 && c < 0xfffe);

/** Where the name starting at `start` ends; a name that is not one is refused. */
function nameEnd(xml: string, start: number): number {
  if (!nameStarts(xml.charCodeAt(start))) malformed("a tag or attribute without a valid name", start);
  let end = start + 1;
  while (end < xml.length && nameGoesOn(xml.charCodeAt(end))) end++;
  return end;
}

function skipSpaces(xml: string, at: number): number {
  while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
  return at;
}

/** Whether a name with a colon at `colon` is a prefix and a local name, as namespaces allow, and no other. */
const qualified = (name: string, colon: number) =>
  colon > 0 && colon < name.length - 1 && name.indexOf(":", colon + 1) < 0;

const isBlank = (xml: string, start: number, end: number) => skipSpaces(xml, start) >= end;

const textEnd = (xml: string, start: number) => {
  const end = xml.indexOf("<", start);
  return end < 0 ? xml.length : end;
};

/**
 * Streams an XML part to handlers by local name, with a scanner of our own over the part's text:
 * nothing per element is kept, entities are never fetched and no document type is accepted. What an
 * XML parser refuses is refused — unbalanced or crossed tags, text outside the one root element, an
 * attribute twice or without quotes, a bare "&", a character XML forbids — so no two readers can see
 * different documents in one part.
 */
// eslint-disable-next-line max-lines-per-function -- the reading hot path: to be split only where one read measured 600 times shows no cost (issue 67)
export function streamXml(xml: string, handlers: XmlHandlers): void {
  const { open, close, text } = handlers;
  const stack: string[] = [];
  /** The local names, namespaces and enclosing scopes of `stack`, so a closing tag costs no new string. */
  const locals: string[] = [];
  const namespaces: string[] = [];
  const outerScopes: Scope[] = [];
  let scope: Scope = { prefixes: new Map([["xml", XML_NAMESPACE]]), unprefixed: undefined };
  let rootSeen = false;
  let spans = new Int32Array(FIRST_POOL);
  /** Where the tag being read has its attributes in `spans`: from `first` to `last`. */
  let first = 0;
  let last = 0;
  /** The values that held a reference or a line end, decoded; null for a tag without any (most). */
  let decoded: (string | undefined)[] | null = null;
  /** Whether the tag being read declares a namespace, and whether any attribute of it has a prefix. */
  let declaring = false;
  let prefixed = false;
  /** The attribute names of a tag with many, to find one given twice without comparing every pair. */
  let seenNames: Set<string> | null = null;

  const sameName = (a: number, b: number) => {
    const length = spans[a + 1]! - spans[a]!;
    if (length !== spans[b + 1]! - spans[b]!) return false;
    for (let i = 0; i < length; i++)
      if (xml.charCodeAt(spans[a]! + i) !== xml.charCodeAt(spans[b]! + i)) return false;
    return true;
  };
  const givenTwice = (at: number) => {
    if (at - first < 32) {
      for (let other = first; other < at; other += 4) if (sameName(other, at)) return true;
      return false;
    }
    if (!seenNames) {
      seenNames = new Set();
      for (let other = first; other < at; other += 4)
        seenNames.add(xml.slice(spans[other], spans[other + 1]));
    }
    const name = xml.slice(spans[at], spans[at + 1]);
    return seenNames.size === seenNames.add(name).size;
  };
  /** The scope inside a tag: the enclosing one, with the namespaces the tag declares. */
  const declared = (end: number): Scope => {
    const inner = new Map(scope.prefixes);
    for (let i = first; i < last; i += 4) {
      const start = spans[i]!;
      const length = spans[i + 1]! - start;
      if (!xml.startsWith("xmlns", start) || (length > 5 && xml.charCodeAt(start + 5) !== COLON)) continue;
      const prefix = length > 5 ? xml.slice(start + 6, start + length) : "";
      const uri = decoded?.[(i - first) / 4] ?? xml.slice(spans[i + 2], spans[i + 3]);
      if (prefix !== "" && uri === "") malformed(`prefix ${prefix} bound to no namespace`, end);
      inner.set(prefix, uri);
    }
    return { prefixes: inner, unprefixed: inner.get("") };
  };

  /**
   * Refuses a tag's attribute of an undeclared prefix, and two of one name in one namespace under two
   * prefixes (`p:x` and `q:x`, both prefixes bound to the same namespace): XML's namespaces forbid both.
   */
  const checkPrefixes = (at: number) => {
    let expanded: Set<string> | null = null;
    for (let i = first; i < last; i += 4) {
      const start = spans[i]!;
      const colon = colonIn(xml, start, spans[i + 1]!);
      if (colon < 0) continue;
      if (!qualified(xml.slice(start, spans[i + 1]), colon - start)) malformed("an attribute's name", at);
      const prefix = xml.slice(start, colon);
      if (prefix === "xmlns") continue;
      const namespace = scope.prefixes.get(prefix);
      if (namespace === undefined) malformed(`an attribute of an undeclared prefix (${prefix})`, at);
      expanded ??= new Set();
      const name = `${namespace!}|${xml.slice(colon + 1, spans[i + 1])}`;
      if (expanded.size === expanded.add(name).size) malformed("attribute given twice", at);
    }
  };

  /** A new pool (see `FIRST_POOL`), the tag being read's attributes moved to its start. */
  const newPool = () => {
    const pool = new Int32Array(Math.max(Math.min(spans.length * 2, LARGEST_POOL), (last - first) * 2 + 4));
    pool.set(spans.subarray(first, last));
    [spans, last, first] = [pool, last - first, 0];
  };

  /** Reads one attribute starting at `at` into `spans`; where it ends. */
  const readAttribute = (at: number): number => {
    const end = nameEnd(xml, at);
    let p = skipSpaces(xml, end);
    if (xml.charCodeAt(p) !== EQUALS) malformed("attribute without a value", p);
    p = skipSpaces(xml, p + 1);
    const quote = xml.charCodeAt(p);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) malformed("attribute without quotes", p);
    const valueStart = p + 1;
    let valueEnd = valueStart;
    let plain = true;
    for (; ; valueEnd++) {
      const c = xml.charCodeAt(valueEnd);
      if (c < 128 ? PLAIN_VALUE[c] === 1 : c < 0xfffe) continue;
      if (c === quote) break;
      if (c === LESS_THAN) malformed("< inside an attribute value", valueEnd);
      if (c === AMPERSAND || c === TAB || c === LINE_FEED || c === CARRIAGE_RETURN) plain = false;
      else if (forbidden(c)) malformed("a character XML forbids", valueEnd);
      if (valueEnd >= xml.length) malformed("attribute value never closed", p);
    }
    if (last - first >= MAX_ATTRIBUTES * 4) malformed("too many attributes", at);
    if (last + 4 > spans.length) newPool();
    const index = last;
    spans[index] = at;
    spans[index + 1] = end;
    spans[index + 2] = valueStart;
    spans[index + 3] = valueEnd;
    last += 4;
    if (givenTwice(index)) malformed("attribute given twice", at);
    if (!plain) (decoded ??= [])[(index - first) / 4] = decodeText(xml, valueStart, valueEnd, true);
    if (xml.charCodeAt(at) === LETTER_X && xml.startsWith("xmlns", at)) declaring = true;
    if (colonIn(xml, at, end) >= 0) prefixed = true;
    return valueEnd + 1;
  };

  const openTag = (tag: string, selfClosing: boolean, at: number) => {
    if (stack.length === 0) {
      if (rootSeen) malformed("a second root element", at);
      rootSeen = true;
    }
    const outer = scope;
    // Attributes resolve their prefixes in the scope of their own tag, declarations included.
    if (declaring) scope = declared(at);
    if (prefixed) checkPrefixes(at);
    const colon = tag.indexOf(":");
    if (colon >= 0 && !qualified(tag, colon)) malformed(`an element named ${tag}`, at);
    const name = colon < 0 ? tag : tag.slice(colon + 1);
    const namespace = colon < 0 ? (scope.unprefixed ?? "") : scope.prefixes.get(tag.slice(0, colon));
    if (namespace === undefined) malformed(`an element of an undeclared prefix (${tag})`, at);
    const depth = stack.length;
    const attributes = last === first ? NONE : new TagAttributes(xml, spans, first, last, decoded, scope);
    open?.(name, attributes, selfClosing, namespace!, depth);
    if (last > first) {
      first = last;
      decoded = null;
      declaring = false;
      prefixed = false;
      seenNames = null;
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

  /** An element's start tag at `at` ("<" there); where it ends. */
  const readStartTag = (at: number): number => {
    const end = nameEnd(xml, at + 1);
    const tag = xml.slice(at + 1, end);
    let p = end;
    for (;;) {
      const before = p;
      p = skipSpaces(xml, p);
      const c = xml.charCodeAt(p);
      if (c === GREATER_THAN) {
        openTag(tag, false, at);
        return p + 1;
      }
      if (c === SLASH && xml.charCodeAt(p + 1) === GREATER_THAN) {
        openTag(tag, true, at);
        return p + 2;
      }
      if (p >= xml.length) malformed(`<${tag}> never ends`, at);
      if (p === before) malformed("attribute not set apart by a space", p);
      p = readAttribute(p);
    }
  };

  /** An end tag at `at` ("</" there); where it ends. */
  const readEndTag = (at: number): number => {
    const start = at + 2;
    const end = nameEnd(xml, start);
    const top = stack.pop();
    if (top === undefined || end - start !== top.length || !sameAt(xml, start, top))
      malformed("a closing tag that matches no open tag", at);
    const p = skipSpaces(xml, end);
    if (xml.charCodeAt(p) !== GREATER_THAN) malformed("a closing tag that never ends", at);
    close?.(locals.pop()!, namespaces.pop()!, stack.length);
    scope = outerScopes.pop()!;
    return p + 1;
  };

  /** A comment, CDATA section or processing instruction at `at`; where it ends. */
  const readOther = (at: number): number => {
    if (xml.startsWith("<!--", at)) {
      const end = xml.indexOf("--", at + 4);
      if (end < 0 || xml.charCodeAt(end + 2) !== GREATER_THAN) malformed("a comment that never ends", at);
      checkCharacters(xml, at, end);
      return end + 3;
    }
    if (xml.startsWith("<![CDATA[", at)) {
      const end = xml.indexOf("]]>", at + 9);
      if (end < 0) malformed("a CDATA section that never ends", at);
      if (stack.length === 0) malformed("text outside the root element", at);
      checkCharacters(xml, at, end);
      text?.(lineEnds(xml.slice(at + 9, end)));
      return end + 3;
    }
    if (xml.charCodeAt(at + 1) === BANG) malformed("a document type declaration", at);
    const end = xml.indexOf("?>", at + 2);
    if (end < 0) malformed("a processing instruction that never ends", at);
    const targetEnd = nameEnd(xml, at + 2);
    if (targetEnd !== end && !isSpace(xml.charCodeAt(targetEnd)))
      malformed("a processing instruction without a valid name", at);
    const target = xml.slice(at + 2, targetEnd);
    if (target.toLowerCase() === "xml" && (at !== 0 || !XML_DECLARATION.test(xml.slice(0, end + 2))))
      malformed("an XML declaration not at the start or not as XML writes one", at);
    checkCharacters(xml, at, end);
    return end + 2;
  };

  /** The text from `start` to the next "<" (or the end): delivered to `text`, or refused outside the root. */
  const readText = (start: number): number => {
    if (stack.length > 0) {
      const end = textEnd(xml, start);
      const known = knownText(xml, start, end);
      if (known !== undefined) {
        text?.(known);
        return end;
      }
    }
    let end = start;
    let plain = true;
    for (; end < xml.length; end++) {
      const c = xml.charCodeAt(end);
      if (c < 128 ? PLAIN_TEXT[c] === 1 : c < 0xfffe) continue;
      if (c === LESS_THAN) break;
      if (c === AMPERSAND || c === CARRIAGE_RETURN) plain = false;
      else if (c === GREATER_THAN && end - 2 >= start && xml.startsWith("]]", end - 2))
        malformed("]]> in text", end);
      else if (forbidden(c)) malformed("a character XML forbids", end);
    }
    if (stack.length === 0) {
      if (!isBlank(xml, start, end)) malformed("text outside the root element", start);
    } else {
      // Decoded even when nobody reads it: a bare "&" makes the whole part malformed.
      const decoded = plain ? undefined : decodeText(xml, start, end, false);
      rememberText(xml, start, end, decoded);
      text?.(decoded ?? xml.slice(start, end));
    }
    return end;
  };

  let at = 0;
  while (at < xml.length) {
    if (xml.charCodeAt(at) !== LESS_THAN) {
      at = readText(at);
      continue;
    }
    const next = xml.charCodeAt(at + 1);
    at =
      next === SLASH
        ? readEndTag(at)
        : next === BANG || next === QUESTION_MARK
          ? readOther(at)
          : readStartTag(at);
  }
  if (stack.length > 0) malformed(`<${stack[stack.length - 1]}> never closed`, xml.length);
  if (!rootSeen) malformed("no root element", xml.length);
}
