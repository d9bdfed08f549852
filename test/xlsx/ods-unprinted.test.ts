import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sheetJsOutcome } from "../support/compare-readers";
import { resaveWith } from "../support/libreoffice";
import { reportParts, type ReportParts } from "../support/report-parts";

// Red team, round 16: an .ods cell style may print nothing (`style:print-content="false"`, LibreOffice's
// Hide when printing): the screen shows 1,234,567, the copy that is signed and sent a blank cell.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

describe("an .ods figure whose cell style prints nothing", () => {
  it("is named at its cell, and one that prints says nothing", () => {
    const ods = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
    const content = strFromU8(ods["content.xml"]!);
    const cell = report.input.cell;
    const sheet = /<sheet name="([^"]+)"/.exec(report.text("xl/workbook.xml"))![1];
    /** The findings of cell.hidden at the form's first input in the .ods with `xml` as its content. */
    const hiddenAt = (xml: string) => {
      const parts = Object.entries(ods).map(([name, data]) => [
        name,
        name === "content.xml" ? strToU8(xml) : data,
      ]);
      const outcome = sheetJsOutcome(zipSync(Object.fromEntries(parts)), "r.ods");
      if (!outcome.read) return ["refused"];
      return outcome.findings
        .filter((f) => f.rule === "cell.hidden" && f.cell === cell && f.sheet === sheet)
        .map((f) => [f.severity, /prints nothing/.test(f.message_en)]);
    };
    const unprinted = content.replace(
      /(<style:style style:name="[^"]+" style:family="table-cell"[^>]*>(?:(?!<\/style:style>).)*?<style:table-cell-properties[^>]*?) style:print-content="true"/g,
      '$1 style:print-content="false"',
    );
    expect(unprinted).not.toBe(content);
    expect(hiddenAt(unprinted)).toEqual([["error", true]]);
    expect(hiddenAt(content)).toEqual([]);
  }, 60_000);
});
