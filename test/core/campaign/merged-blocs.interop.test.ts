import { defaultCampaign, layoutCampaign, readCampaignGrid, toA1 } from "../../../src/core";
import { fromA1 } from "../../../src/core/grid/a1";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";

// An officer lays the units out by bloc, as such lists are kept: Cụm thi đua typed once beside the
// bloc's first commune and merged down over the others (Merge & Center). A person reads Cụm 1 on each
// of the three rows; the campaign read it on the first alone, X02 and X03 ranked and awarded with no bloc.

jest.setTimeout(120_000);

const UNITS = [
  { code: "P01", name: "Công đoàn P01", bloc: "Cụm 2" },
  { code: "X01", name: "Công đoàn X01", bloc: "Cụm 1" },
  { code: "X02", name: "Công đoàn X02", bloc: "Cụm 1" },
  { code: "X03", name: "Công đoàn X03", bloc: "Cụm 1" },
  { code: "K01", name: "Công đoàn K01" },
];

let merged: Uint8Array;
let typed: Uint8Array;

beforeAll(async () => {
  typed = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2025, UNITS)));
  const grid = readWorkbookGrid(typed, "ke-hoach.xlsx");
  const table = grid.tables!.find((t) => t.name === "TD_Units")!;
  const blocCol = fromA1(table.header.find((h) => h.text === "Cụm thi đua")!.address)!.col;
  const rowOf = (code: string) =>
    fromA1(table.rows.find((r) => r.cells[0]!.value?.value === code)!.cells[0]!.address)!.row;
  const [first, last] = [rowOf("X01"), rowOf("X03")];
  merged = setWithOpenpyxl(
    typed,
    [rowOf("X02"), rowOf("X03")].map((row) => [table.sheet, toA1(row, blocCol), null] as const),
    [[table.sheet, `${toA1(first, blocCol)}:${toA1(last, blocCol)}`]],
  );
});

const blocs = (file: Uint8Array, ext: string) => {
  const { campaign, findings } = readCampaignGrid(readWorkbookGrid(file, `ke-hoach.${ext}`));
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  return campaign!.units.map((u) => [u.code, u.bloc]);
};

const expected = UNITS.map((u) => [u.code, u.bloc]);

describe("a bloc merged down over its units' rows", () => {
  it.each(["xlsx", "ods", "xls"] as const)("is each unit's bloc, as a person reads it (.%s)", (ext) => {
    const file = ext === "xlsx" ? merged : resaveWith(merged, "xlsx", ext);
    expect(blocs(file, ext)).toEqual(expected);
  });

  it.each(["xlsx", "ods"] as const)("reads alike when typed on each row (.%s)", (ext) => {
    const file = ext === "xlsx" ? typed : resaveWith(typed, "xlsx", ext);
    expect(blocs(file, ext)).toEqual(expected);
  });
});
