import { rollup, type Submission } from "../../src/core";
import { readSubmission } from "../../src/xlsx";
import { reportParts, type ReportParts } from "../support/report-parts";

// LibreOffice writes the time a workbook is saved by the clock of the machine that saves it: in an .xlsx
// with a "Z" for UTC, in an .ods with no zone. A clerk in Viet Nam who sent P02's report saved by
// LibreOffice and a correction saved five seconds later by Excel (or as .xls) had the first one rolled up:
// its time read as UTC was seven hours newer (a staff round, 02/12/2026: LibreOffice 7.4 under
// Asia/Ho_Chi_Minh wrote 2026-12-03T00:51:10Z at 17:51:10 UTC).

let report: ReportParts;
beforeAll(async () => {
  report = await reportParts();
});

const LIBREOFFICE = "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2";

/** The report as `application` saves it at `modified` (as its core properties write it), received as `name`. */
function saved(name: string, application: string, modified: string, figures: string): Submission {
  const bytes = report.fileWith({
    "docProps/app.xml": (xml) =>
      xml.replace(/<Application>[^<]*<\/Application>/, `<Application>${application}</Application>`),
    "docProps/core.xml": (xml) =>
      xml.replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${modified}$2`),
  });
  return readSubmission(bytes, {
    name,
    sha256: `sha-${name}-${figures}`,
    receivedAt: "2026-12-02T18:00:00Z",
  });
}

describe("a report's save time as LibreOffice records it", () => {
  it("is read as Viet Nam's time", () => {
    expect(saved("P02.xlsx", LIBREOFFICE, "2026-12-03T00:51:10Z", "a").source.modifiedAt).toBe(
      "2026-12-02T17:51:10.000Z",
    );
  });

  it("is UTC as Excel records it", () => {
    expect(saved("P02.xlsx", "Microsoft Excel", "2026-12-02T17:51:15Z", "a").source.modifiedAt).toBe(
      "2026-12-02T17:51:15.000Z",
    );
  });

  it("leaves the correction Excel saved after it the one rolled up", () => {
    const first = saved("P02 lần 1.xlsx", LIBREOFFICE, "2026-12-03T00:51:10Z", "first");
    const correction = saved("P02 lần 2 (đã sửa).xlsx", "Microsoft Excel", "2026-12-02T17:51:15Z", "second");
    expect(rollup([first, correction]).duplicates.map((d) => d.kept.name)).toEqual([
      "P02 lần 2 (đã sửa).xlsx",
    ]);
  });
});
