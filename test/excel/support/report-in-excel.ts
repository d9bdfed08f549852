import {
  defaultTargets,
  extract,
  layoutReport,
  parsePeriod,
  sampleForms,
  TEMPLATE_IDS,
  validate,
  type Finding,
} from "../../../src/core";
import { createExcelHost } from "../../../src/excel";
import { fastOutcome, findingsOf } from "../../support/compare-readers";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

/**
 * The report `reportParts` writes, inserted in a new stand-in Excel with the same figures (on Windows or Mac
 * where `desktop`, with the desktop window API): the Excel, for a test to change what a clerk would.
 */
export async function reportInExcel(desktop = false): Promise<FakeExcel> {
  const excel = installFakeExcel();
  if (desktop) excel.supportedDesktopApi = "1.1";
  await createExcelHost().insertReport(
    layoutReport({
      unit: { code: "CD_H01", name: "Công đoàn H01", kind: "commune", parentCode: "LDLD_T" },
      period: parsePeriod("2025-D1")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
      forms: sampleForms(TEMPLATE_IDS, 5),
    }),
    "bieu-mau.xlsx",
  );
  return excel;
}

/** What checking inside Excel finds. */
export const excelFindings = async (): Promise<readonly Finding[]> =>
  validate(extract(await createExcelHost().live!.readGrid()));

/** One rule's findings, as a person reads them: severity, place and words. */
export const said = (findings: readonly Finding[], rule: string) =>
  findings
    .filter((f) => f.rule === rule)
    .map(({ severity, sheet, cell, message_vi, message_en }) => ({
      severity,
      sheet,
      cell,
      message_vi,
      message_en,
    }));

/** One rule's findings on the same report as a received .xlsx file. */
export const fileSays = (bytes: Uint8Array, rule: string) => said(findingsOf(fastOutcome(bytes), rule), rule);
