import { unzipSync, strFromU8 } from "fflate";
import { SaxesParser } from "saxes";
import { streamXml } from "../../../src/xlsx/xml/xml-stream";
import { resaveWith } from "../../support/libreoffice";
import { reportBytes } from "../../support/report-file";

/**
 * The report reader's XML scanner against saxes, a parser that implements the XML 1.0 and Namespaces
 * specifications to the letter: on every document, what one accepts the other accepts, with the same
 * elements, attributes and text. The one difference is deliberate: a document type declaration is
 * well-formed XML that the scanner refuses (nothing in a workbook needs one; entities come with it).
 */

type Event = string;
const XMLNS = "http://www.w3.org/2000/xmlns/";

/** Each start tag's attributes as saxes read them, declarations left out. */
type Attributes = readonly { readonly uri: string; readonly local: string; readonly value: string }[];
interface Read {
  readonly events: Event[];
  readonly attributes: Attributes[];
}

const attributeText = (a: Attributes) =>
  a.map(({ uri, local, value }) => `${uri}|${local}=${JSON.stringify(value)}`).join(" ");

function saxesEvents(xml: string): Read | "refused" {
  const events: Event[] = [];
  const attributes: Attributes[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") events.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    flush();
    const own = Object.values(tag.attributes)
      .filter((a) => a.uri !== XMLNS && a.prefix !== "xmlns" && a.name !== "xmlns")
      .map(({ uri, local, value }) => ({ uri, local, value }));
    attributes.push(own);
    events.push(`open ${tag.uri}|${tag.local} ${attributeText(own)}`);
  });
  parser.on("closetag", (tag) => {
    flush();
    events.push(`close ${tag.uri}|${tag.local}`);
  });
  parser.on("text", (t) => (text += t));
  parser.on("cdata", (t) => (text += t));
  try {
    parser.write(xml).close();
  } catch {
    return "refused";
  }
  // saxes reports whitespace outside the root element as text; no reader sees it.
  return {
    events: events.filter((e, i) => !(e.startsWith("text") && (i === 0 || i === events.length - 1))),
    attributes,
  };
}

/**
 * The scanner's events. Its attributes can only be asked for by name, so each is looked up under the
 * names saxes found (an attribute saxes does not have is still caught: its tag's text or the document
 * would differ, or a duplicate would be refused).
 */
function scannerEvents(xml: string, asked: readonly Attributes[]): Event[] | "refused" {
  const events: Event[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") events.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  let opened = 0;
  try {
    streamXml(xml, {
      open(name, attributes, _, namespace) {
        flush();
        const found = (asked[opened++] ?? []).map(({ uri, local }) => ({
          uri,
          local,
          value: (uri === "" ? attributes.get(local) : attributes.get(local, new Set([uri]))) ?? "(missing)",
        }));
        events.push(`open ${namespace}|${name} ${attributeText(found)}`);
      },
      close(name, namespace) {
        flush();
        events.push(`close ${namespace}|${name}`);
      },
      text: (t) => (text += t),
    });
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith("malformed XML"))) throw error;
    return "refused";
  }
  return events;
}

function compare(xml: string): string | null {
  const read = saxesEvents(xml);
  const got = scannerEvents(xml, read === "refused" ? [] : read.attributes);
  if (read === "refused") return got === "refused" ? null : "accepted what saxes refuses";
  const expected = read.events;
  if (got === "refused") return /<!DOCTYPE/i.test(xml) ? null : "refused what saxes accepts";
  const at = expected.findIndex((e, i) => got[i] !== e);
  if (at < 0 && got.length === expected.length) return null;
  return `event ${at}: saxes ${expected[at]}, scanner ${got[at]}`;
}

/** Small documents, each on one rule of XML the scanner must apply as a parser does. */
const CASES: readonly string[] = [
  `<a x="1" y='2'>t</a>`,
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a/>`,
  ` <?xml version="1.0"?><a/>`,
  `<a><?xml version="1.0"?></a>`,
  `<a><?pi some data?></a>`,
  `<a>x&amp;y&lt;z&gt;&quot;&apos;</a>`,
  `<a>&#65;&#x42;&#x1F600;</a>`,
  `<a>&#0;</a>`,
  `<a>&#xD800;</a>`,
  `<a>&#xFFFE;</a>`,
  `<a>&#;</a>`,
  `<a>&#x;</a>`,
  `<a>&nbsp;</a>`,
  `<a>& b</a>`,
  `<a>&amp</a>`,
  `<a x="&amp;&#9;&#10;"/>`,
  `<a x="a\tb\nc\r\nd\re"/>`,
  `<a>l1\r\nl2\rl3\n</a>`,
  `<a><![CDATA[<b>&amp;\r\n]]></a>`,
  `<![CDATA[x]]><a/>`,
  `<a><!-- c --></a>`,
  `<a><!-- a -- b --></a>`,
  `<a><!-- c ---></a>`,
  `<!DOCTYPE a><a/>`,
  `<a x="1" x="2"/>`,
  `<a x=1/>`,
  `<a x/>`,
  `<a x="1"y="2"/>`,
  `<a x="<"/>`,
  `<a x=">"/>`,
  `<a>]]></a>`,
  `<a>\u0001</a>`,
  `<a x="\u0001"/>`,
  `<a>\uFFFF</a>`,
  `<a>Tổng số\uFFFE</a>`,
  `<a x="Tổng\uFFFF"/>`,
  `<a></b>`,
  `<a><b></a></b>`,
  `<a>`,
  `</a>`,
  `<a/><b/>`,
  `<a/>text`,
  `text<a/>`,
  `<a/>  \n`,
  ``,
  `<a></a >`,
  `< a/>`,
  `<a ></a>`,
  `<a/ >`,
  `<1a/>`,
  `<-a/>`,
  `<a.b-c_d:e xmlns:a.b-c_d="u"/>`,
  `<p:a/>`,
  `<:a/>`,
  `<a xmlns:="u"/>`,
  `<a xmlns:p="u" xmlns:="v"/>`,
  `<a:/>`,
  `<a xmlns:p="u"><p:b:c/></a>`,
  `<a xmlns:p="u" p:="1"/>`,
  `<a :x="1"/>`,
  `<a><?p/q?></a>`,
  `<a><?p?></a>`,
  `<p:a xmlns:p="u"/>`,
  `<p:a xmlns:p=""/>`,
  `<a xmlns="u"><b/></a>`,
  `<a xmlns="u"><b xmlns=""/></a>`,
  `<a xmlns:p="u" p:x="1" x="2"/>`,
  `<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>`,
  `<a xmlns:p="u" xmlns:q="v" p:x="1" q:x="2"/>`,
  `<a p:x="1"/>`,
  `<a xmlns:p="u"><b p:x="1"/></a>`,
  `<a><b xmlns:p="u"/><c p:x="1"/></a>`,
  `<a>]]</a>`,
  `<a>]></a>`,
  `<a xmlns:p="u"><p:b/></a>`,
  `<a><p:b xmlns:p="u"/><p:c/></a>`,
  `<a xml:space="preserve"> </a>`,
  `<tên thuộc_tính="giá trị">chữ</tên>`,
  `<a x="1">\t\n</a>`,
];

/** What a hand-edited or hostile part may hold where a program would not write it. */
const FRAGMENTS = [
  "&",
  "&amp;",
  "&#1;",
  "&#x41;",
  "<",
  ">",
  "]]>",
  '"',
  "'",
  "\r",
  "\r\n",
  "\t",
  "=",
  ":",
  "/",
  ' xmlns:z="u"',
  ' z:a="1"',
  ' a="1"',
  "<!-- x -->",
  "<!--",
  "<![CDATA[x]]>",
  "</x>",
  "<x>",
  "<x/>",
  "\u0001",
  "<?p?>",
  "<?xml?>",
  "é",
  " ",
];

/** A seeded generator, so a failing mutant can be made again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function mutate(xml: string, next: () => number): string {
  let out = xml;
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const at = Math.floor(next() * out.length);
    const fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!;
    out = next() < 0.2 ? out.slice(0, at) + out.slice(at + 1) : out.slice(0, at) + fragment + out.slice(at);
  }
  return out;
}

describe("the XML scanner reads as a conformant XML parser does", () => {
  it.each(CASES.map((xml) => [JSON.stringify(xml), xml]))("%s", (_, xml) => {
    expect(compare(xml)).toBeNull();
  });

  it("on every part of a written report and of the same report saved by LibreOffice", async () => {
    const written = await reportBytes("CD_X01", 2);
    const problems: string[] = [];
    let parts = 0;
    for (const bytes of [written, resaveWith(written, "xlsx", "xlsx")])
      for (const [name, data] of Object.entries(unzipSync(bytes))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        parts++;
        const problem = compare(strFromU8(data));
        if (problem) problems.push(`${name}: ${problem}`);
      }
    expect(parts).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  }, 120_000);

  it("on 2,000 mutants of a report's parts", async () => {
    const parts = Object.entries(unzipSync(await reportBytes("CD_X02", 1)))
      .filter(([name]) => /(workbook|sheet1|styles|sharedStrings)\.xml$/.test(name))
      .map(([, data]) => strFromU8(data));
    const next = random(2026);
    const problems: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const xml = mutate(parts[i % parts.length]!, next);
      const problem = compare(xml);
      if (problem) problems.push(`#${i}: ${problem}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  }, 120_000);
});
