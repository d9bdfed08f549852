import { strFromU8, strToU8, unzipSync } from "fflate";
import { readSubmission } from "../../../src/xlsx";
import {
  fastOutcome,
  isClearRefusal,
  sheetJsOutcome,
  withoutTextLayout,
} from "../../support/compare-readers";
import { zipEntriesOf } from "../../support/mutate-report";
import { cpuTimed } from "../../support/cpu-time";
import { reportBytes } from "../../support/report-file";

let entries: [string, Uint8Array][];
const SHEET = "xl/worksheets/sheet2.xml";

beforeAll(async () => {
  entries = Object.entries(unzipSync(await reportBytes("CD_H01", 5)));
});

/** The report with one part's XML changed. */
function withPart(part: string, change: (xml: string) => string): Uint8Array {
  return zipEntriesOf(entries.map(([n, d]) => [n, n === part ? strToU8(change(strFromU8(d))) : d]));
}

const rows = (count: number, cell: (row: number) => string) =>
  Array.from({ length: count }, (_, i) => `<row r="${1000 + i}">${cell(1000 + i)}</row>`).join("");

/** Reads through the submission path, which must end within seconds of CPU in a report or a clear refusal. */
function submit(bytes: Uint8Array) {
  const { result: submission, ms } = cpuTimed(() =>
    readSubmission(bytes, { name: "hostile.xlsx", sha256: "x" }),
  );
  expect(ms).toBeLessThan(5_000);
  if ("unreadable" in submission) expect(isClearRefusal(submission.unreadable)).toBe(true);
  return submission;
}

describe("hostile report files", () => {
  it("reads a report whose hyperlink covers the whole sheet (SheetJS runs out of memory on it)", () => {
    const bytes = withPart(SHEET, (xml) =>
      xml.replace(
        "</sheetData>",
        `</sheetData><hyperlinks><hyperlink ref="A1:XFD1048576" display="x"/></hyperlinks>`,
      ),
    );
    expect(submit(bytes)).toHaveProperty("extraction.report");
  });

  it("reads a shared formula referenced 2,000 times, expanding none of the copies", () => {
    const bytes = withPart(SHEET, (xml) =>
      xml.replace(
        "</sheetData>",
        rows(2000, (r) =>
          r === 1000
            ? `<c r="Z1000"><f t="shared" ref="Z1000:Z2999" si="9">Y1000+1</f></c>`
            : `<c r="Z${r}"><f t="shared" si="9"/></c>`,
        ) + "</sheetData>",
      ),
    );
    expect(submit(bytes)).toHaveProperty("extraction.report");
  });

  it("reads 80,000 array-formula cells, their ranges matched against the wanted cells only", () => {
    const bytes = withPart(SHEET, (xml) =>
      xml.replace(
        "</sheetData>",
        rows(8000, (r) =>
          Array.from(
            "QRSTUVWXYZ",
            (c) => `<c r="${c}${r}"><f t="array" ref="${c}${r}:${c}${r + 1}">1</f><v>1</v></c>`,
          ).join(""),
        ) + "</sheetData>",
      ),
    );
    expect(submit(bytes)).toHaveProperty("extraction.report");
  });

  it.each([
    ["the altered copy first", true],
    ["the altered copy last", false],
  ])("refuses two entries of one name, %s", (_, alteredFirst) => {
    const [name, data] = entries.find(([n]) => n === SHEET)!;
    const altered = strToU8(strFromU8(data).replace(/<v>\d+<\/v>/, "<v>424242</v>"));
    const twins: [string, Uint8Array][] = alteredFirst
      ? [
          [name, altered],
          [name, data],
        ]
      : [
          [name, data],
          [name, altered],
        ];
    const bytes = zipEntriesOf([...entries.filter(([n]) => n !== name), ...twins]);
    const submission = submit(bytes);
    expect(submission).toHaveProperty("unreadable.en", expect.stringContaining("two compressed parts named"));
    expect(sheetJsOutcome(bytes)).toEqual(fastOutcome(bytes));
  });

  it("refuses twins that differ only in case, and a name with a backslash, which SheetJS reads as a slash", () => {
    const [name, data] = entries.find(([n]) => n === SHEET)!;
    const bytes = zipEntriesOf([...entries, [name.toUpperCase(), data]]);
    expect(submit(bytes)).toHaveProperty(
      "unreadable.en",
      expect.stringContaining("two compressed parts named"),
    );
    const slashed = zipEntriesOf([...entries, [name.toUpperCase().replace(/\//g, "\\"), data]]);
    expect(submit(slashed)).toHaveProperty("unreadable.en", expect.stringContaining("an invalid name"));
  });

  it.each(["../x", "/x", "xl/../../x", "C:\\x"])("refuses an entry named %s", (bad) => {
    const bytes = zipEntriesOf([...entries, [bad, strToU8("x")]]);
    expect(submit(bytes)).toHaveProperty("unreadable.en", expect.stringContaining("unsafe name"));
  });

  it("refuses a workbook that points at a part it lacks", () => {
    const bytes = zipEntriesOf(entries.filter(([n]) => n !== "xl/styles.xml"));
    expect(submit(bytes)).toHaveProperty("unreadable.en", expect.stringContaining("corrupt"));
    expect(sheetJsOutcome(bytes)).toMatchObject({ read: false });
  });

  it("reads a workbook that points at a theme it lacks, as SheetJS does (ExcelJS saves such files)", () => {
    const bytes = zipEntriesOf(entries.filter(([n]) => n !== "xl/theme/theme1.xml"));
    expect(submit(bytes)).toHaveProperty("extraction.report");
    expect(sheetJsOutcome(bytes)).toMatchObject({ read: true });
  });

  it("refuses an entry whose local header claims encryption the directory does not", () => {
    const bytes = zipEntriesOf(entries);
    expect(fastOutcome(bytes)).toMatchObject({ read: true });
    // The first entry's local header starts the file; its flags are bytes 6 and 7 (bit 13: masked header).
    bytes[7] = bytes[7]! | 0x20;
    expect(submit(bytes)).toHaveProperty(
      "unreadable.en",
      expect.stringMatching(/irregular zip structure|corrupt/),
    );
    expect(sheetJsOutcome(bytes)).toMatchObject({ read: false });
  });

  it("reads a defined name pointing into the metadata sheet as SheetJS does", () => {
    const bytes = withPart("xl/workbook.xml", (xml) =>
      xml.replace(
        /(<definedName name="TD_B04_exemplary_models_value"[^>]*>)[^<]*/,
        (_, open: string) => `${open}TD_META!$B$3`,
      ),
    );
    const fast = fastOutcome(bytes);
    expect(
      fast.read &&
        fast.extraction.forms
          .flatMap((f) => f.reads)
          .find((r) => r.cell.name === "TD_B04_exemplary_models_value"),
    ).toMatchObject({ sheet: "TD_META", address: "B3" });
    expect(withoutTextLayout(fast)).toEqual(withoutTextLayout(sheetJsOutcome(bytes)));
  });
});
