import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import { readSubmission, readWorkbookGrid } from "../../src/xlsx";
import { isClearRefusal } from "../support/compare-readers";
import { zipEntriesOf } from "../support/mutate-report";
import { reportBytes } from "../support/report-file";

type Entries = [string, Uint8Array][];

let report: Uint8Array;
let entries: Entries;
/** The same report saved as an .ods (by SheetJS). */
let odsEntries: Entries;

beforeAll(async () => {
  report = await reportBytes("CD_H01", 5);
  entries = Object.entries(unzipSync(report));
  const wb = XLSX.read(report, { type: "array" });
  odsEntries = Object.entries(
    unzipSync(new Uint8Array(XLSX.write(wb, { type: "array", bookType: "ods" }) as ArrayBuffer)),
  );
});

/** Reads through the submission path: a report, or a clear refusal. */
function submit(bytes: Uint8Array, name = "hostile.xlsx") {
  const submission = readSubmission(bytes, { name, sha256: "x" });
  if ("unreadable" in submission) expect(isClearRefusal(submission.unreadable)).toBe(true);
  return submission;
}

const refusedFor = (text: string) => ({
  unreadable: expect.objectContaining({ en: expect.stringContaining(text) }),
});

describe("a zip that is both an Excel and an OpenDocument workbook", () => {
  const odsParts = (names: readonly string[]) => odsEntries.filter(([n]) => names.includes(n));

  it.each([
    ["a manifest and content", ["META-INF/manifest.xml", "content.xml"]],
    ["the media type first", ["mimetype", "content.xml"]],
    ["a manifest only", ["META-INF/manifest.xml"]],
  ])("refuses an .xlsx that also holds an .ods's %s", (_, names) => {
    const extra = odsParts(names);
    expect(extra).toHaveLength(names.length);
    const bytes = zipEntriesOf(names.includes("mimetype") ? [...extra, ...entries] : [...entries, ...extra]);
    expect(submit(bytes)).toMatchObject(refusedFor("is both an Excel and an OpenDocument workbook"));
  });

  it("refuses an .ods that also holds an Excel package", () => {
    const bytes = zipEntriesOf([
      ...odsEntries,
      ...entries.filter(([n]) => !odsEntries.some(([o]) => o === n)),
    ]);
    expect(submit(bytes, "hostile.ods")).toMatchObject(
      refusedFor("is both an Excel and an OpenDocument workbook"),
    );
  });

  it("still reads a plain .xlsx and a plain .ods", () => {
    expect(submit(report)).toHaveProperty("extraction.report");
    const ods = zipEntriesOf(odsEntries);
    expect(readWorkbookGrid(ods, "r.ods").sheets.map((s) => s.name)).toContain("Biểu 01");
  });
});
