import type { WorkbookPlan } from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ZIP_TYPE = "application/zip";

/** Hands bytes to the browser as a download; nothing leaves the machine. */
export function download(bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The writer is loaded only when a file is written, so the page opens without it. */
async function writePlan(plan: WorkbookPlan): Promise<Uint8Array> {
  const { writeWorkbookPlan } = await import(
    /* webpackChunkName: "xlsx-writer" */ "../../xlsx/writer/write-plan"
  );
  return writeWorkbookPlan(plan);
}

/** The standalone page's host: templates and summaries become downloaded .xlsx files. */
export function createFileHost(): WorkbookHost {
  return {
    kind: "file",
    async insertReport(plan, fileName) {
      download(await writePlan(plan), fileName);
      return { sheets: plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name) };
    },
    summaryOutput: "xlsx",
    async writeSummary(output, fileName) {
      download(output.kind === "xlsx" ? output.bytes : await writePlan(output.plan), fileName);
    },
    async downloadAll(files, zipName) {
      const { zipSync } = await import(/* webpackChunkName: "zip" */ "fflate");
      const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
      // Workbooks are zips already: storing them again saves time and loses nothing.
      for (const f of files) entries[f.fileName] = [await writePlan(f.plan), { level: 0 }];
      download(zipSync(entries), zipName, ZIP_TYPE);
    },
  };
}
