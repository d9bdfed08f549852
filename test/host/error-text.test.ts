import { createExcelHost } from "../../src/excel";
import { META_SHEET } from "../../src/core";
import { asHostError, BY_CODE, errorCode, errorText } from "../../src/host/error-text";
import { HostError } from "../../src/host/workbook-host";
import { WriteFailed, type WritePhase } from "../../src/host/write-failed";
import { excelError } from "../excel/fakes/excel-error";
import { installFakeExcel } from "../excel/fakes/fake-excel";
import { reportPlan } from "../support/reports";
import { WORDS } from "../../src/core/vocabulary";

/**
 * The codes Microsoft's reference lists (learn.microsoft.com: Excel.ErrorCodes and
 * OfficeExtension.ErrorCodes, 2026), and those Excel on the web adds for a request it refuses or drops.
 */
const DOCUMENTED = [
  "AccessDenied",
  "ApiNotFound",
  "Conflict",
  "EmptyChartSeries",
  "FilteredRangeConflict",
  "FormulaLengthExceedsLimit",
  "GeneralException",
  "InactiveWorkbook",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidBinding",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidReference",
  "InvalidSelection",
  "ItemAlreadyExists",
  "ItemNotFound",
  "MergedRangeConflict",
  "NonBlankCellOffSheet",
  "NotImplemented",
  "OpenWorkbookLinksBlocked",
  "OperationCellsExceedLimit",
  "PivotTableRangeConflict",
  "PowerQueryRefreshResourceChallenge",
  "RangeExceedsLimit",
  "RangeImageExceedsLimit",
  "RefreshWorkbookLinksBlocked",
  "RequestAborted",
  "ResponsePayloadSizeLimitExceeded",
  "UnsupportedFeature",
  "UnsupportedOperation",
  "ActivityLimitReached",
  "CannotRegisterEvent",
  "ConnectionFailure",
  "InvalidObjectPath",
  "InvalidRequestContext",
  "PropertyNotLoaded",
  "RunMustReturnPromise",
  "ValueNotLoaded",
  "RequestPayloadSizeLimitExceeded",
];

const RAW = "RichApi.Error: internal detail 0x800a03ec at Range.set_formulas";

describe("what staff read when something fails", () => {
  it.each([
    ["InvalidOperationInCellEditMode", WORDS.officeErrors.cellEditMode],
    ["AccessDenied", WORDS.officeErrors.accessDenied],
    ["ItemNotFound", WORDS.officeErrors.itemNotFound],
    ["ItemAlreadyExists", WORDS.officeErrors.itemAlreadyExists],
    ["RequestPayloadSizeLimitExceeded", WORDS.officeErrors.payloadTooLarge],
    ["InvalidArgument", WORDS.officeErrors.invalidArgument],
    ["GeneralException", WORDS.officeErrors.general],
    ["SomeCodeExcelAddsLater", WORDS.officeErrors.general],
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
    expect(errorText(new TypeError("x is undefined"))).toBe(WORDS.officeErrors.unexpected);
    expect(errorText("a string")).toBe(WORDS.officeErrors.unexpected);
    expect(asHostError(new TypeError("x is undefined")).cause).toBeInstanceOf(TypeError);
  });

  it("tells where a failed write left the workbook, once its new sheets were being put in place, Excel's code kept", () => {
    const excel = excelError(`RequestAborted: ${RAW}`);
    const said = (phase: WritePhase, settled: boolean) => {
      const failed = new WriteFailed(phase, settled, excel);
      const host = asHostError(failed);
      expect([host.text, errorCode(host), errorCode(failed)]).toEqual([
        errorText(failed),
        "RequestAborted",
        "RequestAborted",
      ]);
      return errorText(failed);
    };
    // Nothing changed in sight: Excel's advice.
    expect(said("build", true)).toBe(WORDS.officeErrors.requestAborted);
    expect(said("build", false)).toBe(WORDS.officeErrors.requestAborted);
    expect(said("swap", true)).toBe(WORDS.officeErrors.requestAborted);
    // Put back, finished or either, when the pane next starts.
    expect(said("swap", false)).toBe(WORDS.officeErrors.swapUndoPending);
    expect(said("commit", false)).toBe(WORDS.officeErrors.swapFinishPending);
    expect(said("unknown", false)).toBe(WORDS.officeErrors.swapUnknown);
    for (const text of [
      WORDS.officeErrors.swapUndoPending,
      WORDS.officeErrors.swapFinishPending,
      WORDS.officeErrors.swapUnknown,
    ]) {
      expect(text.vi).toMatch(/Hãy đóng rồi mở lại ngăn Thi Đua/);
      expect(text.en).toMatch(/Close the Thi Đua pane and open it again/);
    }
  });

  it("reaches the pane from the Excel host as a HostError, e.g. while a cell is being edited", async () => {
    const excel = installFakeExcel();
    excel.failOnSync = 1;
    excel.failCode = "InvalidOperationInCellEditMode";
    const failing = createExcelHost().live!.readGrid();
    await expect(failing).rejects.toBeInstanceOf(HostError);
    await expect(failing).rejects.toMatchObject({ text: WORDS.officeErrors.cellEditMode });
  });

  it("has a message of its own for every documented code, none of them the catch-all", () => {
    expect(DOCUMENTED.filter((code) => !(code in BY_CODE))).toEqual([]);
    expect(Object.keys(BY_CODE).filter((code) => !DOCUMENTED.includes(code))).toEqual([]);
    for (const code of DOCUMENTED) expect(BY_CODE[code]).not.toBe(WORDS.officeErrors.unexpected);
    // Staff are told what to do: every message has a step to take, in both languages.
    const texts = new Set(Object.values(BY_CODE));
    for (const text of texts) {
      expect(text.vi).toMatch(/Hãy|hãy|Chờ|Bấm|bấm|Kiểm tra|Nhấn|cập nhật|ghi vào/);
      expect(text.en).toMatch(/try again|Try again|Wait|Update|Click|Check|Press|Close|write into|Select/);
    }
  });

  it.each(DOCUMENTED)(
    "%s from the stand-in Excel reaches the pane as its message, its code kept",
    async (code) => {
      const excel = installFakeExcel();
      excel.failOnSync = 1;
      excel.failCode = code;
      const failing = createExcelHost().insertReport(reportPlan(["B01"]), "bieu-mau.xlsx");
      const error = await failing.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect([(error as HostError).text, errorCode(error)]).toEqual([BY_CODE[code], code]);
    },
  );
});

describe("going to a finding's cell", () => {
  it("explains a cell on the hidden metadata sheet, and on a sheet the user hid, rather than failing", async () => {
    const excel = installFakeExcel();
    await createExcelHost().insertReport(reportPlan(["B01"]), "bieu-mau.xlsx");
    const go = (sheet: string, cell: string) => createExcelHost().live!.selectCell(sheet, cell);
    await expect(go(META_SHEET, "B2")).rejects.toMatchObject({
      text: { vi: expect.stringContaining("chèn lại biểu mẫu") },
    });
    excel.book.addSheet("Ghi chú").visibility = "Hidden";
    await expect(go("Ghi chú", "A1")).rejects.toMatchObject({
      text: { vi: expect.stringContaining("→ Unhide… (Bỏ ẩn…), chọn Ghi chú") },
    });
    await expect(go("Biểu 01", "C10")).resolves.toBeUndefined();
    expect(excel.book.active).toBe("Biểu 01");
  });
});
