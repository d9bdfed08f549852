import { extract, validate } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel } from "./fakes/fake-excel";
import { filledTemplate } from "../support/own-indicators";

// The same template as a file (test/xlsx/writer/long-plan-print.test.ts), inserted by the pane: checking it
// in Excel, as the clerk does before sending, refused Biểu 05 as printed too small.
describe("a template of forty own indicators inserted in Excel", () => {
  it("prints Biểu 05 on as many pages as it takes, and checking it in Excel refuses nothing", async () => {
    const excel = installFakeExcel();
    excel.supportedApi = "1.10";
    await createExcelHost().insertReport(filledTemplate(40), "bieu-mau.xlsx");
    expect(excel.book.sheet("Biểu 05").page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    const findings = validate(extract(await createExcelHost().live!.readGrid()));
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet])).toEqual([]);
  });
});
