import { elementText, xmlText } from "../../../src/xlsx/writer/ooxml/xml-text";

// What both wrote before plain text was let through untouched: every text replaced, then escaped.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const replaced = (text: string, escaped: RegExp) =>
  text.replace(NOT_XML, "\ufffd").replace(escaped, (c) => ESCAPES[c]!);

/** Characters at every edge of the plain ranges, and some past them. */
const ALPHABET = [
  ..."\t\n\r\u0000\u0008\u000b\u001f !\"#%&'();<=>?@AZaz{}~\u007f\u00a0ạĐ€\ud83d\ude00\ud800\udc00\ufffe\uffff",
];

/** A deterministic stream of texts drawn from ALPHABET, of up to 12 characters. */
function* texts(count: number): Generator<string> {
  let seed = 20_251_130;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < count; i++)
    yield Array.from({ length: next() % 13 }, () => ALPHABET[next() % ALPHABET.length]).join("");
}

describe("text written into XML", () => {
  it("is what replacing and escaping every text gave, plain or not", () => {
    const wrong = [...texts(50_000)].filter(
      (text) => xmlText(text) !== replaced(text, /[&<>"]/g) || elementText(text) !== replaced(text, /[&<>]/g),
    );
    expect(wrong).toEqual([]);
  });

  it("escapes what an attribute or an element cannot hold, and keeps a formula's quotes in an element", () => {
    expect(xmlText('A&B <"x">')).toBe("A&amp;B &lt;&quot;x&quot;&gt;");
    expect(elementText('IF(A1>0,"có","")')).toBe('IF(A1&gt;0,"có","")');
    expect(elementText("SUM(A1:A9)\u0001")).toBe("SUM(A1:A9)\ufffd");
  });
});
