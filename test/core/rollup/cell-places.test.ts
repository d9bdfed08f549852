import { serialize } from "node:v8";
import { EARLIER_VERSIONS, extract, type Extraction } from "../../../src/core";
import { cellPlaces, placeOf } from "../../../src/core/rollup/cell-places";
import { readSubmission } from "../../../src/xlsx";
import { copiedForm } from "../../support/copied-form";
import { gridFromPlan } from "../../support/plan-grid";
import { reportBytes } from "../../support/report-file";
import { reportGrid, reportPlan, unit } from "../../support/reports";

/** Every count and sum the file holds, with where it was read. */
const readPlaces = (extraction: Extraction) =>
  extraction.forms.flatMap((form) =>
    form.reads
      .filter((read) => read.cell.kind !== "ratio")
      .map((read) => ({
        id: form.def.id,
        name: read.cell.name,
        at: read.sheet && read.address ? { sheet: read.sheet, address: read.address } : undefined,
      })),
  );

function expectEveryPlace(extraction: Extraction) {
  const places = cellPlaces(extraction);
  const reads = readPlaces(extraction);
  expect(reads.length).toBeGreaterThan(100);
  for (const { id, name, at } of reads) expect({ name, at: placeOf(places, id, name) }).toEqual({ name, at });
  return places;
}

describe("where a file's counts and sums are, kept small", () => {
  it("a report as Thi Đua writes it: every place is its form's sheet and version, nothing listed", async () => {
    const submission = readSubmission(await reportBytes("CD_P01", 1), { name: "p.xlsx", sha256: "x" });
    if (!("extraction" in submission)) throw new Error("not read");
    const places = expectEveryPlace(submission.extraction);
    expect([places.moved.size, places.missing.size]).toEqual([0, 0]);
    // A hundred and fifty places as objects took 8 KiB to send back from a reading thread.
    expect(serialize(places).length).toBeLessThan(1024);
  });

  it("a report in the templates' earlier versions, whose columns are fewer", () => {
    const places = expectEveryPlace(extract(reportGrid({ unit: unit("CD_P02"), earlier: EARLIER_VERSIONS })));
    expect([...places.forms.values()].some(({ version }) => version < 2)).toBe(true);
    expect(places.moved.size).toBe(0);
  });

  it("a report whose names were moved: each moved cell is listed where it was found", () => {
    const { plan, moved } = copiedForm(reportPlan(), "B04", false, {});
    const places = expectEveryPlace(extract(gridFromPlan(plan, {})));
    const movedCounts = [...moved.keys()].filter((name) => places.moved.has(name));
    expect(movedCounts.length).toBeGreaterThan(0);
  });
});
