import { installFakeExcel, RESPONSE_LIMIT, type FakeExcel } from "./fakes/fake-excel";

// The stand-in Excel where data safety is decided: what refers to a sheet follows it as Excel's does,
// a sheet's names go with it, and an answer past 5 MB is refused.

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
  excel.book.addSheet("Nguồn").set({ A1: "a", A2: "b", B1: 1 });
});

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);

/** Renames a sheet, then deletes it, through Office.js as the host would. */
async function renameThenDelete(from: string, to: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
  await run(async (context) => {
    context.workbook.worksheets.getItem(to).delete();
    await context.sync();
  });
}

describe("what refers to a sheet follows it when renamed, and turns #REF! when it is deleted", () => {
  it("a data-validation list's source", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRanges("C1:C3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Nguồn!$A$1:$A$2" },
      };
      await context.sync();
    });
    const source = () => excel.book.sheet("Sheet1").cells.get("C2")!.validation!.rule!.list!.source;
    await run(async (context) => {
      context.workbook.worksheets.getItem("Nguồn").name = "Danh sách";
      await context.sync();
    });
    expect(source()).toBe("='Danh sách'!$A$1:$A$2");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Danh sách").delete();
      await context.sync();
    });
    expect(source()).toBe("=#REF!$A$1:$A$2");
  });

  it("a formula naming it in another case or quoted, its apostrophe doubled; not one naming a longer name", async () => {
    excel.book.addSheet("Nguồn 2").set({ A1: 2 });
    excel.book.addSheet("Của Bình's").set({ A1: 3 });
    excel.book.sheet("Sheet1").set({
      A1: { formula: "NGUỒN!A1&'nguồn'!A2" },
      A2: { formula: "'Nguồn 2'!A1+'CỦA BÌNH''S'!A1" },
    });
    const formulas = () => ["A1", "A2"].map((at) => excel.book.sheet("Sheet1").content(at));
    await run(async (context) => {
      context.workbook.worksheets.getItem("Nguồn").name = "Số";
      context.workbook.worksheets.getItem("Của Bình's").name = "Bình's";
      await context.sync();
    });
    expect(formulas()).toEqual(["='Số'!A1&'Số'!A2", "='Nguồn 2'!A1+'Bình''s'!A1"]);
    await renameThenDelete("Bình's", "Bình");
    expect(formulas()).toEqual(["='Số'!A1&'Số'!A2", "='Nguồn 2'!A1+#REF!A1"]);
  });

  it("a list's source naming a sheet the workbook lacks is #REF! at once", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRanges("C1").dataValidation.rule = {
        list: { inCellDropDown: true, source: "='Hướng dẫn'!$A$1" },
      };
      await context.sync();
    });
    expect(excel.book.sheet("Sheet1").cells.get("C1")!.validation!.rule!.list!.source).toBe("=#REF!$A$1");
  });

  it("a conditional format's formula", async () => {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRanges("D1:D4").conditionalFormats.add("Custom").custom.rule.formula = "=D1>Nguồn!$B$1";
      const value = sheet.getRanges("E1").conditionalFormats.add("CellValue").cellValue;
      value.rule = { formula1: "=Nguồn!$B$1", operator: "GreaterThan" };
      await context.sync();
    });
    await renameThenDelete("Nguồn", "Cũ");
    const [custom, value] = excel.book.sheet("Sheet1").conditionalFormats;
    expect(custom!.formula).toBe("=D1>#REF!$B$1");
    expect(value!.rule!.formula1).toBe("=#REF!$B$1");
  });

  it("a chart series' values and categories, read back with getDimensionDataSourceString (ExcelApi 1.15)", async () => {
    excel.supportedApi = "1.15";
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const source = context.workbook.worksheets.getItem("Nguồn");
      const chart = sheet.charts.add("BarClustered", source.getRange("B1:B2"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(source.getRange("A1:A2"));
      await context.sync();
    });
    const read = () =>
      run(async (context) => {
        const series = context.workbook.worksheets.getItem("Sheet1").charts.load("items/name");
        await context.sync();
        const first = series.items[0]!.series.getItemAt(0);
        const values = first.getDimensionDataSourceString("Values");
        const categories = first.getDimensionDataSourceString("Categories");
        await context.sync();
        return [series.items[0]!.name, values.value, categories.value];
      });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Nguồn").name = "Số liệu";
      await context.sync();
    });
    expect(await read()).toEqual(["Chart 1", "='Số liệu'!B1:B2", "='Số liệu'!A1:A2"]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Số liệu").delete();
      await context.sync();
    });
    expect(await read()).toEqual(["Chart 1", "=#REF!B1:B2", "=#REF!A1:A2"]);
  });

  it("a chart's series and a PivotTable's source need ExcelApi 1.15 to be read", async () => {
    await run(async (context) => {
      const source = context.workbook.worksheets.getItem("Nguồn");
      context.workbook.worksheets.getItem("Sheet1").charts.add("BarClustered", source.getRange("B1:B2"));
      await context.sync();
    });
    await expect(
      run(async (context) => {
        const charts = context.workbook.worksheets.getItem("Sheet1").charts.load("items");
        await context.sync();
        charts.items[0]!.series.getItemAt(0).getDimensionDataSourceString("Values");
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("a PivotTable's source", async () => {
    excel.supportedApi = "1.15";
    excel.book.sheet("Sheet1").pivots.push({ name: "PT1", source: "Nguồn!$A$1:$B$2" });
    await renameThenDelete("Nguồn", "Cũ");
    const source = await run(async (context) => {
      const pivots = context.workbook.pivotTables.load("items/name,items/worksheet/name");
      await context.sync();
      const string = pivots.items[0]!.getDataSourceString();
      await context.sync();
      return [pivots.items[0]!.name, pivots.items[0]!.worksheet.name, string.value];
    });
    expect(source).toEqual(["PT1", "Sheet1", "#REF!$A$1:$B$2"]);
  });
});

describe("names scoped to a sheet (Worksheet.names)", () => {
  it("are added, listed and found on their sheet only, apart from the workbook's", async () => {
    const listed = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.names.add("TONG", "=Nguồn!$B$1");
      context.workbook.names.add("TONG", "=Nguồn!$A$1");
      const own = sheet.names.load("items/name,items/formula");
      const book = context.workbook.names.load("items/name,items/formula");
      const found = sheet.names.getItem("tong").load("formula");
      await context.sync();
      return {
        own: own.items.map((n) => [n.name, n.formula]),
        book: book.items.map((n) => [n.name, n.formula]),
        found: found.formula,
      };
    });
    expect(listed).toEqual({
      own: [["TONG", "='Nguồn'!$B$1"]],
      book: [["TONG", "='Nguồn'!$A$1"]],
      found: "='Nguồn'!$B$1",
    });
  });

  it("follow the sheet they point at, and go with the sheet they belong to", async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").names.add("TONG", "=Nguồn!$B$1");
      context.workbook.worksheets.getItem("Nguồn").names.add("RIENG", "=Nguồn!$A$1");
      context.workbook.worksheets.getItem("Nguồn").name = "Số liệu";
      await context.sync();
    });
    expect([...excel.book.nameTargets()]).toEqual([
      ["Sheet1!TONG", "'Số liệu'!B1"],
      ["'Số liệu'!RIENG", "'Số liệu'!A1"],
    ]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Số liệu").delete();
      await context.sync();
    });
    expect([...excel.book.nameTargets()]).toEqual([["Sheet1!TONG", "#REF!B1"]]);
  });
});

describe("an answer past Excel on the web's 5 MB", () => {
  it("fails the sync with ResponsePayloadSizeLimitExceeded, nothing it loaded readable; a smaller read goes through", async () => {
    const long = "x".repeat(1000);
    const cells = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`A${i + 1}`, long]));
    excel.book.sheet("Nguồn").set(cells);
    const read = (address: string) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Nguồn").getRange(address).load("values");
        await context.sync();
        return range.values.length;
      });
    await expect(read("A1:A6000")).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "ResponsePayloadSizeLimitExceeded",
    });
    expect(Math.max(...excel.responses)).toBeGreaterThan(RESPONSE_LIMIT);
    await expect(read("A1:A3000")).resolves.toBe(3000);
  });
});
