import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { findPeriod, layoutCampaign, unitTemplates } from "../../src/core";
import { demoCampaign, INDICATORS } from "../../src/cli/demo/demo-province";
import { writeWorkbookPlan } from "../../src/xlsx";
import { namedCells, type NamedCell } from "../support/openpyxl";
import { runCli, tempDir } from "./run-cli";

// `thidua templates` on the demo campaign, whose own indicators are a flow, a stock, a plan, a second flow
// and the ratio of the two last: each unit's file, as openpyxl reads it, has Biểu 05 ready to fill.

const campaign = demoCampaign();
const PERIOD = "2025-D2";
const name = (code: string) => `TD_B05_${code}_value`;
const cellRefs = (formula: string) => formula.match(/\b[A-Z]{1,3}\d+\b/g) ?? [];

describe("thidua templates --campaign <the demo campaign>", () => {
  const dir = tempDir("demo-templates");
  const out = path.join(dir, "bieu-mau");

  beforeAll(async () => {
    const file = path.join(dir, "ke-hoach.xlsx");
    writeFileSync(file, await writeWorkbookPlan(layoutCampaign(campaign)));
    expect(await runCli(["templates", "--campaign", file, "--period", PERIOD, "-o", out])).toMatchObject({
      code: 0,
    });
  });

  it("writes Biểu 05 into each unit's template: inputs unlocked and validated, the ratio a locked formula of its parts", () => {
    const expected = unitTemplates(campaign, findPeriod(campaign, PERIOD)!).map((s) => s.unit.code);
    const files = readdirSync(out).sort();
    expect(files).toEqual(expected.map((code) => `${code}-${PERIOD}.xlsx`).sort());
    for (const file of files) {
      const cells = namedCells(path.join(out, file));
      const cell = (code: string): NamedCell => {
        expect(Object.keys(cells)).toContain(name(code));
        expect(cells[name(code)]).toMatchObject({ sheet: "Biểu 05", protected: true });
        return cells[name(code)]!;
      };
      for (const indicator of INDICATORS) {
        const at = cell(indicator.code);
        if (indicator.parts) {
          const parts = indicator.parts.map((code) => cell(code).address);
          expect({ file, at }).toMatchObject({ at: { locked: true, validations: [] } });
          expect(typeof at.value === "string" && at.value.startsWith("=")).toBe(true);
          expect(new Set(cellRefs(String(at.value)))).toEqual(new Set(parts));
        } else {
          expect({ file, at }).toMatchObject({
            at: { locked: false, value: null, validations: [{ type: "whole", formula1: "0" }] },
          });
        }
      }
    }
  });
});
