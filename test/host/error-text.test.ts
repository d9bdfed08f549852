import { createExcelHost } from "../../src/excel";
import { asHostError, errorText, OFFICE_ERRORS } from "../../src/host/error-text";
import { HostError } from "../../src/host/workbook-host";
import { excelError } from "../excel/fakes/excel-error";
import { installFakeExcel } from "../excel/fakes/fake-excel";

const RAW = "RichApi.Error: internal detail 0x800a03ec at Range.set_formulas";

describe("what staff read when something fails", () => {
  it.each([
    ["InvalidOperationInCellEditMode", OFFICE_ERRORS.cellEditMode],
    ["AccessDenied", OFFICE_ERRORS.accessDenied],
    ["ItemNotFound", OFFICE_ERRORS.itemNotFound],
    ["ItemAlreadyExists", OFFICE_ERRORS.itemAlreadyExists],
    ["RequestPayloadSizeLimitExceeded", OFFICE_ERRORS.payloadTooLarge],
    ["InvalidArgument", OFFICE_ERRORS.invalidArgument],
    ["GeneralException", OFFICE_ERRORS.general],
    ["SomeCodeExcelAddsLater", OFFICE_ERRORS.general],
  ])("%s becomes a message in both languages with what to do", (code, text) => {
    const said = errorText(excelError(`${code}: ${RAW}`));
    expect(said).toBe(text);
    expect(said.vi).not.toContain(RAW);
    expect(said.en).not.toContain("0x800a03ec");
  });

  it("keeps a HostError's own text, and calls anything else unexpected, never showing its text", () => {
    const own = new HostError({ vi: "riêng", en: "own" });
    expect(errorText(own)).toBe(own.text);
    expect(asHostError(own)).toBe(own);
    expect(errorText(new TypeError("x is undefined"))).toBe(OFFICE_ERRORS.unexpected);
    expect(errorText("a string")).toBe(OFFICE_ERRORS.unexpected);
    expect(asHostError(new TypeError("x is undefined")).cause).toBeInstanceOf(TypeError);
  });

  it("reaches the pane from the Excel host as a HostError, e.g. while a cell is being edited", async () => {
    const excel = installFakeExcel();
    excel.failOnSync = 1;
    excel.failCode = "InvalidOperationInCellEditMode";
    const failing = createExcelHost().live!.readGrid();
    await expect(failing).rejects.toBeInstanceOf(HostError);
    await expect(failing).rejects.toMatchObject({ text: OFFICE_ERRORS.cellEditMode });
  });
});
