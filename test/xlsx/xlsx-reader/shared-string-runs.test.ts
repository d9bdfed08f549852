import { readSharedStrings } from "../../../src/xlsx/xlsx-reader/shared-strings";

// One reader serves every item of a part, its runs kept from item to item: nothing of one item's runs may
// reach the next one's.

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sst = (items: string) => `<sst xmlns="${NS}">${items}</sst>`;
const run = (text: string, properties = "") =>
  `<r>${properties ? `<rPr>${properties}</rPr>` : ""}<t>${text}</t></r>`;

describe("the shared strings' styled runs", () => {
  it("gives each item its own runs, none taking the look of the run before it in the same place", () => {
    const { strings, runs } = readSharedStrings(
      sst(
        `<si>${run("a", '<color rgb="FFFFFFFF"/><sz val="1"/><vertAlign val="superscript"/><rFont val="Symbol"/>')}${run("b")}</si>` +
          `<si>${run("c")}${run("d", "<strike/>")}</si>` +
          `<si><t>e</t></si>` +
          `<si>${run("f", '<sz val="9"/>')}</si>`,
      ),
    );
    expect(strings).toEqual(["ab", "cd", "e", "f"]);
    expect(runs.get(0)).toEqual([
      { text: "a", colour: { rgb: "FFFFFFFF" }, size: 1, script: true, font: "Symbol" },
      { text: "b" },
    ]);
    expect(runs.get(1)).toEqual([{ text: "c" }, { text: "d", struck: true }]);
    expect(runs.has(2)).toBe(false);
    expect(runs.get(3)).toEqual([{ text: "f", size: 9 }]);
  });
});
