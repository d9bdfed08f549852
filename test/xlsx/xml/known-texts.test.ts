import { streamXml } from "../../../src/xlsx/xml/xml-stream";

/**
 * The scanner delivers a text met before (every report of a template repeats its labels and formulas) as
 * it was delivered then, unscanned: these pin down that a text remembered so is only ever the very same
 * characters, and that refusing and decoding stay what they are for everything else.
 */

const textsOf = (xml: string): string[] => {
  const texts: string[] = [];
  streamXml(xml, { text: (text) => texts.push(text) });
  return texts;
};

const LABEL = "Bi&#7875;u 01: Th&#432;&#417;ng l&#432;&#7907;ng t&#7853;p th&#7875;";

describe("texts met before", () => {
  it("are delivered decoded, the same in every part that holds them", () => {
    const first = textsOf(`<a><b>${LABEL}</b></a>`);
    const again = textsOf(`<x><y/><z>${LABEL}</z></x>`);
    expect(first).toEqual(["Biểu 01: Thương lượng tập thể"]);
    expect(again).toEqual(first);
  });

  it("are no help to a text that differs in one character: a bare & there is refused", () => {
    textsOf(`<a><b>${LABEL} &amp; more</b></a>`);
    expect(() => textsOf(`<a><b>${LABEL} &amq; more</b></a>`)).toThrow(/malformed XML/);
    expect(() => textsOf(`<a><b>${LABEL} &amp; more\u0001</b></a>`)).toThrow(/malformed XML/);
  });

  it("are not taken for the text that came next last time, where another comes next", () => {
    const next = "the text that came next: &#7875;";
    expect(textsOf(`<a><b>${LABEL}</b><c>${next}</c></a>`)).toEqual([
      "Biểu 01: Thương lượng tập thể",
      "the text that came next: ể",
    ]);
    expect(textsOf(`<a><b>${LABEL}</b><c>${next.replace("7875", "7877")}</c></a>`)[1]).toBe(
      `the text that came next: ${String.fromCodePoint(7877)}`,
    );
    expect(() => textsOf(`<a><b>${LABEL}</b><c>${next.replace("#7875", "x7875")}</c></a>`)).toThrow(
      /malformed XML/,
    );
  });

  it("are still refused outside the root element, where no text may be", () => {
    const plain = "plain text long enough to be remembered";
    expect(textsOf(`<a>${plain}</a>`)).toEqual([plain]);
    expect(() => textsOf(`<a/>${plain}`)).toThrow(/text outside the root element/);
  });

  it("keep their line ends joined, as a text read anew does", () => {
    const lines = "first line of a label\r\nsecond line of it";
    expect(textsOf(`<a>${lines}</a>`)).toEqual(["first line of a label\nsecond line of it"]);
    expect(textsOf(`<b>${lines}</b>`)).toEqual(["first line of a label\nsecond line of it"]);
  });
});
