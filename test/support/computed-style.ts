// jsdom (20) answers getComputedStyle by matching every rule of every style sheet against the element, twice,
// and once more for each ancestor while it looks for an inherited visibility. Fluent UI's style engine puts
// thousands of one-class rules into the page, and Testing Library asks for the computed style of each element
// and its ancestors on every query by role and every click: two thirds of a pane test's time went there.
// This is the same computation over the same rules in the same order, skipping only the rules that cannot
// match: a rule whose every selector names, in its last compound, a class, id or element name the element
// lacks. The rules that remain are matched by an nwsapi set up as jsdom's own (matchesDontThrow), so a
// selector jsdom mishandles is mishandled alike. test/taskpane/computed-style.test.tsx compares the two.
type Rule = {
  readonly selectorText?: string;
  readonly style: CSSStyleDeclaration;
  readonly media?: ArrayLike<string>;
  readonly cssRules?: readonly Rule[];
};
type Sheet = { readonly cssRules: readonly Rule[] };
type Matcher = {
  match(selector: string | undefined, element: Element): boolean;
  configure(options: object): void;
};

/** A sheet's style rules in cascade order (a screen media rule's own rules in its place), and where to find them. */
interface SheetIndex {
  /** The sheet's own rules and, per media rule, its rules' count: the index holds while these are unchanged. */
  readonly shape: readonly (Rule | number)[];
  readonly rules: readonly Rule[];
  /** Positions in `rules` by the key one of their selectors needs ("." class, "#" id, "<" element name, lower case). */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Positions of the rules with a selector that needs no key: matched against every element. */
  readonly always: readonly number[];
}

/** jsdom's one property whose resolved value it computes, with inheritance (style-rules.js). */
const VISIBILITY = "visibility";

/**
 * Selectors whose keys are read here: plain characters only. Anything else (escapes, an @-rule cssom left in
 * a selector, as with the default sheet's @namespace) is matched against every element, as jsdom does.
 */
const PLAIN_SELECTOR = /^[\w\s.#:,>+~*()[\]="'^$-]*$/;

/**
 * The keys a rule's selector list needs: one per selector (the class, else id, else element name of its last
 * compound), or null when one of its selectors needs none.
 */
export function selectorKeys(selectorText: string | undefined): string[] | null {
  if (typeof selectorText !== "string" || !PLAIN_SELECTOR.test(selectorText)) return null;
  const keys: string[] = [];
  for (const selector of topLevelSplit(selectorText, ",")) {
    const key = compoundKey(lastCompound(selector.trim()));
    if (key === null) return null;
    keys.push(key);
  }
  return keys.length > 0 ? keys : null;
}

/** `text` cut at each `separator` outside brackets, parentheses and quotes. */
function topLevelSplit(text: string, separator: string): string[] {
  const parts: string[] = [];
  let [depth, quote, start] = [0, "", 0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) quote = c === quote ? "" : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The compound after a selector's last combinator (a space, >, + or ~ outside brackets and parentheses). */
function lastCompound(selector: string): string {
  let [depth, quote, start] = [0, "", 0];
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) quote = c === quote ? "" : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && /[\s>+~]/.test(c)) start = i + 1;
  }
  return selector.slice(start);
}

/** The class (else id, else element name) a compound's top level names, lower case; null for none. */
function compoundKey(compound: string): string | null {
  let [depth, quote, id] = [0, "", null as string | null];
  const head = /^[A-Za-z][\w-]*/.exec(compound);
  const tag = head ? `<${head[0].toLowerCase()}` : null;
  for (let i = 0; i < compound.length; i++) {
    const c = compound[i]!;
    if (quote) quote = c === quote ? "" : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && (c === "." || c === "#")) {
      const name = /^-?[A-Za-z_][\w-]*/.exec(compound.slice(i + 1))?.[0];
      if (name === undefined) return null;
      if (c === ".") return `.${name.toLowerCase()}`;
      id ??= `#${name.toLowerCase()}`;
    }
  }
  return id ?? tag;
}

/** Keys the element has: its classes, id and element name, lower case as selectorKeys writes them. */
function elementKeys(element: Element): string[] {
  const keys = [`<${element.localName.toLowerCase()}`];
  if (element.id) keys.push(`#${element.id.toLowerCase()}`);
  for (const name of Array.from(element.classList)) keys.push(`.${name.toLowerCase()}`);
  return keys;
}

/** The sheet's rules, each media rule followed by its own and their count: what an index is made from. */
function shapeOf(sheet: Sheet): (Rule | number)[] {
  const shape: (Rule | number)[] = [];
  for (const rule of sheet.cssRules) {
    shape.push(rule);
    if (rule.media && rule.cssRules) shape.push(...rule.cssRules, rule.cssRules.length);
  }
  return shape;
}

/** Whether the sheet still has the shape `shape` (as shapeOf), compared in place: this runs on every call. */
function hasShape(sheet: Sheet, shape: readonly (Rule | number)[]): boolean {
  let at = 0;
  for (const rule of sheet.cssRules) {
    if (shape[at++] !== rule) return false;
    if (rule.media && rule.cssRules) {
      for (const inner of rule.cssRules) if (shape[at++] !== inner) return false;
      if (shape[at++] !== rule.cssRules.length) return false;
    }
  }
  return at === shape.length;
}

function indexSheet(sheet: Sheet): SheetIndex {
  const rules: Rule[] = [];
  for (const rule of sheet.cssRules) {
    if (!rule.media) rules.push(rule);
    else if (Array.prototype.indexOf.call(rule.media, "screen") !== -1)
      Array.prototype.forEach.call(rule.cssRules, (inner: Rule) => rules.push(inner));
  }
  const byKey = new Map<string, number[]>();
  const always: number[] = [];
  rules.forEach((rule, at) => {
    const keys = selectorKeys(rule.selectorText);
    if (keys === null) always.push(at);
    else for (const key of new Set(keys)) byKey.set(key, [...(byKey.get(key) ?? []), at]);
  });
  return { shape: shapeOf(sheet), rules, byKey, always };
}

/** Replaces `window.getComputedStyle` with the indexed one; returns jsdom's own, for the comparison test. */
export function indexComputedStyle(window: Window & typeof globalThis): Window["getComputedStyle"] {
  // The modules jsdom computes styles with (no types of their own), loaded only where there is a window.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cssom = require("cssom") as { parse(text: string): Sheet };
  const { CSSStyleDeclaration } = require("cssstyle") as {
    CSSStyleDeclaration: new () => CSSStyleDeclaration;
  };
  const nwsapi = require("nwsapi") as (options: { document: Document; DOMException: unknown }) => Matcher;
  // jsdom's user-agent style sheet, which it cascades before the page's.
  const defaultSheet = cssom.parse(require("jsdom/lib/jsdom/browser/default-stylesheet.js") as string);
  /* eslint-enable @typescript-eslint/no-require-imports */
  const original = window.getComputedStyle.bind(window);
  const indexes = new WeakMap<Sheet, SheetIndex>();
  const matchers = new WeakMap<Document, Matcher>();

  /**
   * The document's nwsapi, set up as jsdom's matchesDontThrow sets up its own and made as that one is, at the
   * first call: nwsapi follows the pointer for :hover from when it is made.
   */
  function matcherOf(document: Document): Matcher {
    let matcher = matchers.get(document);
    if (!matcher) {
      matcher = nwsapi({ document, DOMException: window.DOMException });
      matcher.configure({ LOGERRORS: false, VERBOSITY: false, IDS_DUPES: true, MIXEDCASE: true });
      matchers.set(document, matcher);
    }
    return matcher;
  }

  function indexed(sheet: Sheet): SheetIndex {
    const known = indexes.get(sheet);
    if (known && hasShape(sheet, known.shape)) return known;
    const made = indexSheet(sheet);
    indexes.set(sheet, made);
    return made;
  }

  /** The rules jsdom's forEachMatchingSheetRuleOfElement hands on, in its order: those the element's keys can match. */
  function matchingRules(element: Element): Rule[] {
    const keys = elementKeys(element);
    const matcher = matcherOf(element.ownerDocument);
    const matching: Rule[] = [];
    const { styleSheets } = element.ownerDocument;
    for (let i = -1; i < styleSheets.length; i++) {
      const { rules, byKey, always } = indexed(i < 0 ? defaultSheet : (styleSheets[i] as unknown as Sheet));
      const positions = new Set(always);
      for (const key of keys) for (const at of byKey.get(key) ?? []) positions.add(at);
      for (const at of [...positions].sort((a, b) => a - b))
        if (matcher.match(rules[at]!.selectorText, element)) matching.push(rules[at]!);
    }
    return matching;
  }

  /**
   * jsdom's getComputedValue for visibility: the last matching rule's (`matching`, the element's), else the
   * inline one's, else the parent's.
   */
  function visibility(element: Element, matching = matchingRules(element)): string {
    let value = "";
    for (const rule of matching) {
      const declared = rule.style.getPropertyValue(VISIBILITY);
      if (declared !== "") value = declared;
    }
    const inline = (element as HTMLElement).style.getPropertyValue(VISIBILITY);
    if (inline !== "" && inline !== null) value = inline;
    if (value !== "") return value;
    return element.parentElement !== null ? visibility(element.parentElement) : "visible";
  }

  window.getComputedStyle = function getComputedStyle(element: Element, pseudoElement?: string | null) {
    if (!(element instanceof window.Element)) return original(element, pseudoElement);
    matcherOf(element.ownerDocument);
    if (pseudoElement !== undefined && pseudoElement !== null) return original(element, pseudoElement);
    const declaration = new CSSStyleDeclaration();
    // cssstyle hands its change callback the whole cssText after each property set, though jsdom gives it no
    // callback: read while the declaration is built, that made the building quadratic. Hidden till it is built.
    Object.defineProperty(declaration, "cssText", { get: () => "", configurable: true });
    const set = (style: CSSStyleDeclaration, property: string) =>
      declaration.setProperty(
        property,
        style.getPropertyValue(property),
        style.getPropertyPriority(property),
      );
    const matching = matchingRules(element);
    for (const rule of matching) Array.prototype.forEach.call(rule.style, (p: string) => set(rule.style, p));
    declaration.setProperty(VISIBILITY, visibility(element, matching));
    const { style } = element as HTMLElement;
    Array.prototype.forEach.call(style, (p: string) => set(style, p));
    delete (declaration as { cssText?: string }).cssText;
    return declaration;
  } as Window["getComputedStyle"];
  return original;
}
