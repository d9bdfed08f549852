import { ReportExists } from "../../src/host/report-exists";
import type { WorkbookHost } from "../../src/host/workbook-host";

/**
 * An Excel host whose workbook already holds the report of `unit`: it refuses every insert that does not
 * say to replace it, and records each attempt.
 */
export function reportHoldingHost(unit: string) {
  const calls: { fileName: string; replace: boolean | undefined }[] = [];
  const existing = {
    unit: { vi: unit, en: unit },
    period: { vi: "Đợt 1 năm 2025", en: "Round 1 of 2025" },
    sheets: ["Biểu 01"],
  };
  const host: WorkbookHost = {
    kind: "excel",
    insertReport: async (plan, fileName, options) => {
      calls.push({ fileName, replace: options?.replace });
      if (!options?.replace) throw new ReportExists(existing);
      return { sheets: plan.sheets.map((s) => s.name) };
    },
    summaryOutput: "plan",
    writeSummary: async () => undefined,
  };
  return { host, calls };
}
