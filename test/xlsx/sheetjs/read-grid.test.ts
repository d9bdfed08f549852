import * as XLSX from "@e965/xlsx";
import { sheetjsBytes } from "../../support/sheetjs-bytes";
import { readWorkbookGrid } from "../../../src/xlsx";

/** A workbook as another program might write it, built and saved with SheetJS. */
function workbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet([["label", 12]], { dense: true });
  const data = (ws as XLSX.DenseWorkSheet)["!data"];
  data[1] = [
    { t: "b", v: true },
    { t: "e", v: 0x07 },
    { t: "s", v: "", f: 'IF(B1>100,"big","")' },
    { t: "z", f: "B1*2" },
    { t: "s", v: "1.234" },
  ];
  ws["!ref"] = "A1:E2";
  XLSX.utils.book_append_sheet(wb, ws, "Biểu 01");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["x"]]), "Ẩn");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["y"]]), "Rất ẩn");
  wb.Workbook = {
    Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 2 }],
    Names: [
      { Name: "Local_Only", Ref: "'Biểu 01'!$A$1", Sheet: 0 },
      { Name: "Shadowed", Ref: "'Biểu 01'!$A$2", Sheet: 0 },
      { Name: "SHADOWED", Ref: "'Biểu 01'!$B$2" },
      { Name: "Range", Ref: "'Biểu 01'!$C$2:$D$2" },
      { Name: "Deleted", Ref: "#REF!" },
      { Name: "Broken", Ref: "'Biểu 01'!#REF!" },
      { Name: "Constant", Ref: "42" },
      { Name: "Formula", Ref: "SUM('Biểu 01'!$B$1,'Biểu 01'!$B$2)" },
      { Name: "Union", Ref: "'Biểu 01'!$A$1,'Biểu 01'!$B$1" },
      { Name: "Sum", Ref: "'Biểu 01'!$A$1+'Biểu 01'!$B$1" },
    ],
  };
  return sheetjsBytes(wb);
}

describe("readWorkbookGrid on a workbook written by another program", () => {
  const grid = readWorkbookGrid(workbook(), "khac.xlsx");
  const cells = grid.sheets[0]!.cells;

  it("keeps each value's type, a number stored as text included", () => {
    expect(cells.get("A1")).toEqual({ value: { type: "string", value: "label" } });
    expect(cells.get("B1")).toEqual({ value: { type: "number", value: 12 } });
    expect(cells.get("A2")).toEqual({ value: { type: "boolean", value: true } });
    expect(cells.get("B2")).toEqual({ value: { type: "error", value: "#DIV/0!" } });
    expect(cells.get("E2")).toEqual({ value: { type: "string", value: "1.234" } });
  });

  it("keeps a formula's cached empty text, and gives no value when nothing was cached", () => {
    expect(cells.get("C2")).toEqual({ value: { type: "string", value: "" }, formula: 'IF(B1>100,"big","")' });
    expect(cells.get("D2")).toEqual({ formula: "B1*2" });
  });

  it("reads sheet visibility", () => {
    expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Biểu 01", "visible"],
      ["Ẩn", "hidden"],
      ["Rất ẩn", "veryHidden"],
    ]);
  });

  it("keeps names of one sheet reference, workbook names before sheet names of the same name", () => {
    expect(grid.names).toEqual([
      { name: "SHADOWED", sheet: "Biểu 01", address: "B2" },
      { name: "Range", sheet: "Biểu 01", address: "C2" },
      { name: "Local_Only", sheet: "Biểu 01", address: "A1" },
    ]);
  });
});
