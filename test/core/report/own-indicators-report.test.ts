import { extract, validate, type GridCell, type WorkbookGrid } from "../../../src/core";
import { OWN } from "../../support/own-indicators";
import { reportGrid, unit } from "../../support/reports";

const TEMPLATES = ["B04", "B05"] as const;

/** A unit's report of Biểu 04 and 05 with its TD_META value at key `key` replaced (undefined removes the row). */
function withMeta(edits: Record<string, string | undefined>): WorkbookGrid {
  const grid = reportGrid({ unit: unit("X01"), templates: TEMPLATES, indicators: OWN });
  const meta = grid.sheets.find((s) => s.name === "TD_META")!;
  const cells = meta.cells as Map<string, GridCell>;
  for (const [address, cell] of [...cells]) {
    const key = cell.value?.value;
    if (!address.startsWith("A") || typeof key !== "string" || !(key in edits)) continue;
    const at = `B${address.slice(1)}`;
    const value = edits[key];
    if (value === undefined) cells.delete(address);
    else cells.set(at, { value: { type: "string", value } });
  }
  return grid;
}

const problems = (grid: WorkbookGrid) =>
  validate(extract(grid))
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.sheet, f.cell]);

const row = (...texts: string[]) => JSON.stringify(texts);

describe("a received Biểu 05 is rebuilt from the indicators its metadata carries", () => {
  it("reads the form with no campaign at hand", () => {
    const extraction = extract(withMeta({}));
    expect(problems(withMeta({}))).toEqual([]);
    expect(extraction.forms.map((f) => f.def.id)).toEqual(["B04", "B05"]);
    expect(extraction.report!.indicators).toEqual(OWN);
  });

  it("refuses at its TD_META cell a list cut short, a row out of its format, or one the campaign check would refuse", () => {
    const cellOf = (key: string) => {
      const grid = withMeta({});
      const meta = grid.sheets.find((s) => s.name === "TD_META")!;
      const [address] = [...meta.cells].find(([, c]) => c.value?.value === key)!;
      return `B${address.slice(1)}`;
    };
    expect(problems(withMeta({ indicator_5: undefined }))).toEqual([
      ["identity.bad_indicators", "TD_META", cellOf("indicators")],
    ]);
    expect(problems(withMeta({ indicator_2: '["clubs"]' }))).toEqual([
      ["identity.bad_indicators", "TD_META", cellOf("indicator_2")],
    ]);
    // A ratio over a ratio, and a code that would read as a catalog key.
    for (const bad of [
      row("fund_rate", "Tỷ lệ", "Rate", "ratio", "fund_rate", "fund_plan", "", "yes"),
      row("B04_mai_am_total", "Nhà", "Houses", "flow", "", "", "", "yes"),
    ])
      expect(problems(withMeta({ indicator_5: bad }))).toEqual([
        ["identity.bad_indicators", "TD_META", cellOf("indicator_5")],
      ]);
    const message = validate(extract(withMeta({ indicator_5: undefined }))).find(
      (f) => f.rule === "identity.bad_indicators",
    )!;
    expect(message.message_vi).toContain("chỉ tiêu riêng thứ 5 bị thiếu hoặc không đúng dạng");
    expect(message.message_en).toContain("own indicator 5 is missing");
  });

  it("refuses a Biểu 05 of a version this build does not read", () => {
    const grid = withMeta({});
    const meta = grid.sheets.find((s) => s.name === "TD_META")!;
    for (const cell of meta.cells.values())
      if (cell.value?.type === "string" && cell.value.value.includes("B05@1"))
        (cell as { value: unknown }).value = {
          type: "string",
          value: cell.value.value.replace("B05@1", "B05@2"),
        };
    expect(problems(grid).map(([rule]) => rule)).toEqual(["identity.unknown_version"]);
  });
});
