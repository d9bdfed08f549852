import { installFakeExcel } from "./fakes/fake-excel";
import { writesWithinLimits } from "./support/summary-payload";

describe("the fake Excel's request limit", () => {
  it("refuses a request over 5 MB, as Excel on the web does", async () => {
    installFakeExcel();
    const tooLarge = Excel.run(async (context) => {
      const column = Array.from({ length: 100 }, () => ["x".repeat(60_000)]);
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 100, 1).formulas = column;
      await context.sync();
    });
    await expect(tooLarge).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("the fake Excel's number formats, as Excel takes them", () => {
  /** Sets B2:D3's number format to `format` in one request. */
  const setFormat = (format: unknown) =>
    Excel.run(async (context) => {
      const cells = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1, 1, 2, 3);
      cells.numberFormat = format as string[][];
      await context.sync();
    });

  it("applies a single value to every cell of the range, and sends it once", async () => {
    const excel = installFakeExcel();
    const matrix = Array.from({ length: 2 }, () => Array<string>(3).fill("0.00"));
    const { largestPayload: asMatrix } = await excel.count(() => setFormat(matrix));
    const { largestPayload: once } = await excel.count(() => setFormat("0.0%"));
    const formats = [...excel.book.sheet("Sheet1").cells].map(([at, cell]) => [at, cell.numberFormat]);
    expect(formats).toEqual(["B2", "C2", "D2", "B3", "C3", "D3"].map((at) => [at, "0.0%"]));
    expect(asMatrix - once).toBe(JSON.stringify(matrix).length - JSON.stringify("0.00").length);
  });

  it("refuses a matrix of another shape than the range's", async () => {
    installFakeExcel();
    await expect(setFormat([["0.0%"]])).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("a summary's requests stay within Excel on the web's limits", () =>
  writesWithinLimits([100, 1_000], "summary-payload.txt"));
