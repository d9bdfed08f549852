import { layoutSummary, rollup } from "../../../src/core";
import { consistentFills, submission, unit } from "../../support/reports";

// A Mac names files with each accent apart (NFD): the summary's cells that quote a file's name (a
// warning that one file replaced another, a duplicate's list) held it so, and staff searching the
// workbook for "Tân Phong" as keyboards type it found none of them.
it("holds every text of a summary quoting files named on a Mac with its letters composed", () => {
  const named = (name: string, fills: Record<string, number>) =>
    submission(
      { unit: unit("U0071"), templates: ["B03"], fills: { ...consistentFills(["B03"], 1), ...fills } },
      name.normalize("NFD"),
    );
  const summary = rollup([
    named("Tân Phong - Đợt 1.xlsx", {}),
    named("Tân Phong - Đợt 1 (sửa).xlsx", { TD_B03_union_funding_collected: 2_000_000_000 }),
  ]);
  const texts = layoutSummary(summary)
    .sheets.flatMap((sheet) => sheet.cells.map((cell) => cell.value))
    .filter((value): value is string => typeof value === "string");
  const quoting = texts.filter((text) => text.normalize("NFC").includes("Tân Phong - Đợt 1"));
  expect(quoting.length).toBeGreaterThan(1);
  expect(quoting.filter((text) => text !== text.normalize("NFC"))).toEqual([]);
});
