import type { Area } from "../../../src/core/grid/a1";
import type { GridCell, GridSheet } from "../../../src/core";
import { withFormulaSources } from "../../../src/xlsx/xlsx-reader/formula-sources";

/** A sheet read in part, each cell given its formula: those and `named` its named cells, listed. */
const partialSheet = (name: string, formulas: Record<string, string>, named: string[] = []): GridSheet => ({
  name,
  visibility: "visible",
  cells: new Map<string, GridCell>(
    Object.entries(formulas).map(([address, formula]) => [address, { formula }]),
  ),
  partial: { listed: new Set([...Object.keys(formulas), ...named]), areas: [] },
});

/** The sheets read again, and the areas asked for, where each sheet read again shows `then`'s formulas. */
function rereads(sheets: GridSheet[], then: Record<string, Record<string, string>> = {}) {
  const asked: [string, readonly Area[]][] = [];
  withFormulaSources(sheets, (index, areas) => {
    const sheet = sheets[index]!;
    asked.push([sheet.name, areas]);
    return { ...partialSheet(sheet.name, then[sheet.name] ?? {}), partial: { listed: new Set(), areas } };
  });
  return asked;
}

describe("withFormulaSources", () => {
  it("reads nothing again for formulas over the cells looked at", () => {
    const form = partialSheet("Biểu 01", { E9: 'IF(C9>0,D9/C9,"")', C12: "C10+C11" }, [
      "C9",
      "D9",
      "C10",
      "C11",
    ]);
    expect(rereads([form])).toEqual([]);
  });

  it("reads again the areas a clerk's formula reaches, then those its cells' formulas reach", () => {
    const form = partialSheet("Biểu 04", { C9: "SUM('Thu KP'!B2:B7)+Z1" });
    const months = partialSheet("thu kp", {});
    const year = partialSheet("Năm", {});
    expect(rereads([form, months, year], { "thu kp": { B3: "Năm!A1:A2" } })).toEqual([
      ["thu kp", [{ top: 1, left: 1, bottom: 6, right: 1 }]],
      ["Biểu 04", [{ top: 0, left: 25, bottom: 0, right: 25 }]],
      ["Năm", [{ top: 0, left: 0, bottom: 1, right: 0 }]],
    ]);
  });

  it("follows no formula of a cell not named: the check sheet's counts read the forms, not a clerk", () => {
    const check = {
      ...partialSheet("Kiểm tra", { C5: "COUNTIF('Biểu 01'!C9:N40,\">0\")" }),
      partial: undefined,
    };
    const notes = partialSheet("Ghi chú", {});
    const counted = { ...notes, cells: new Map([["A1", { formula: "'Biểu 01'!A1:Z99" }]]) };
    expect(rereads([check, counted, partialSheet("Biểu 01", {})])).toEqual([]);
  });

  it("leaves unread a range over more cells than a clerk's sheet holds, and a sheet the workbook lacks", () => {
    const form = partialSheet("Biểu 04", { C9: "SUM(Other!A1:A1048576)+Nowhere!A1" });
    expect(rereads([form, partialSheet("Other", {})])).toEqual([]);
  });

  it("follows formulas reading formulas no more than a few rounds deep", () => {
    const sheets = Array.from({ length: 8 }, (_, i) => partialSheet(`S${i}`, i === 0 ? { A1: "S1!A1" } : {}));
    const then = Object.fromEntries(sheets.map((_, i) => [`S${i}`, { A1: `S${i + 1}!A1` }]));
    expect(rereads(sheets, then).map(([name]) => name)).toEqual(["S1", "S2", "S3", "S4"]);
  });
});
