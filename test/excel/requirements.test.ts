import * as fs from "node:fs";
import * as path from "node:path";
import { createExcelHost, EXCEL_API_VERSION, requireExcelApi } from "../../src/excel";
import { HostError } from "../../src/host/workbook-host";
import { installFakeExcel } from "./fakes/fake-excel";

describe("the ExcelApi requirement", () => {
  it("is 1.9, for getRanges and RangeAreas, and the manifest asks for the same", () => {
    expect(EXCEL_API_VERSION).toBe("1.9");
    const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const declared = [...manifest.matchAll(/<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"\s*\/>/g)].map(
      (m) => m[1],
    );
    expect(declared).toEqual([EXCEL_API_VERSION]);
  });

  it("lets a recent Excel through and gives the live workbook", () => {
    installFakeExcel();
    expect(() => requireExcelApi()).not.toThrow();
    const host = createExcelHost();
    expect(host.kind).toBe("excel");
    expect(host.live).toBeDefined();
  });

  it("stops an older Excel with a message in Vietnamese first, then English", () => {
    installFakeExcel().supportedApi = "1.8";
    expect(() => createExcelHost()).toThrow(HostError);
    const thrown = (() => {
      try {
        requireExcelApi();
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(HostError);
    const { text, message } = thrown as HostError;
    expect(text.vi).toBe(
      "Phiên bản Excel này quá cũ, chưa chạy được Thi Đua (cần Excel 2021, Microsoft 365 hoặc Excel trên web; ExcelApi 1.9). Hãy dùng trang Thi Đua trên trình duyệt.",
    );
    expect(text.en).toMatch(/^This Excel is too old for Thi Đua \(it needs Excel 2021.*; ExcelApi 1\.9\)/);
    expect(message).toBe(text.en);
  });
});
