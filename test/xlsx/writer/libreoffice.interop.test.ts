import {
  defaultTargets,
  extract,
  formCells,
  getTemplate,
  isMet,
  layoutReport,
  MET_TEXT,
  META_SHEET,
  NOT_MET_TEXT,
  parsePeriod,
  targetName,
  TEMPLATE_IDS,
  validate,
  type WorkbookGrid,
  type WorkbookPlan,
} from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { computedForms, fillByName, sampleInputs } from "../../support/fill-by-name";
import { resaveWith, sheetsAsCsv } from "../../support/libreoffice";

// These tests need LibreOffice (/usr/bin/soffice, or $SOFFICE) and fail without it: CI installs it.

const source = {
  unit: { code: "CD_P04", name: "Công đoàn phường Đống Đa", kind: "commune" as const, parentCode: "LDLD_HN" },
  period: parsePeriod("2025-D2")!,
  templates: TEMPLATE_IDS,
  targets: defaultTargets(TEMPLATE_IDS),
};
const inputs = sampleInputs(TEMPLATE_IDS);

let plan: WorkbookPlan;
let template: Uint8Array;
let filled: Uint8Array;

beforeAll(async () => {
  plan = layoutReport(source);
  template = await writeWorkbookPlan(plan);
  filled = fillByName(template, inputs);
});

const expected = computedForms(inputs, TEMPLATE_IDS);

const at = (name: string) => plan.names.find((n) => n.name === name)!;

/** A raw CSV cell against a figure: blank for null, else equal within LibreOffice's 15 significant digits. */
function expectFigure(text: string | undefined, figure: number | null, where: string): void {
  if (figure === null) {
    expect({ where, text: text ?? "" }).toEqual({ where, text: "" });
    return;
  }
  const actual = Number(text);
  expect({ where, close: Math.abs(actual - figure) <= 1e-12 * Math.max(1, Math.abs(figure)) }).toEqual({
    where,
    close: true,
  });
}

/** SheetJS logs each LibreOffice number format it cannot translate; they do not matter here. */
function readQuietly(bytes: Uint8Array, file: string): { grid: WorkbookGrid; logged: string[] } {
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    return {
      grid: readWorkbookGrid(bytes, file),
      logged: quiet.mock.calls.map(([message]) => String(message)),
    };
  } finally {
    quiet.mockRestore();
  }
}

describe("LibreOffice calculates the template's formulas as the core does", () => {
  it.each([
    ["without cached values", true],
    ["with stale cached values", false],
  ])("computed cells and assessments of a file saved %s", (_, stripCached) => {
    // The template's cached values (0 for sums of blanks) are stale once the inputs are filled.
    const bytes = stripCached ? filled : fillByName(template, inputs, { stripCached: false });
    const sheets = sheetsAsCsv(bytes, "xlsx");
    for (const id of TEMPLATE_IDS) {
      const def = getTemplate(id);
      const rows = sheets.get(def.sheetName);
      expect(rows).toBeDefined();
      const values = expected[id];
      for (const cell of formCells(def).filter((c) => c.formula)) {
        const { row, col } = at(cell.name);
        expectFigure(rows![row]?.[col], values[cell.row.key]![cell.col.key] ?? null, cell.name);
      }
      for (const target of def.targets) {
        const { row, col } = at(targetName(id, target.key));
        const goal = source.targets[target.key] ?? null;
        const result = values[target.row]![target.col] ?? null;
        const met = isMet(result, goal);
        expectFigure(rows![row]?.[col], goal, `${target.key} target`);
        expectFigure(rows![row]?.[col + 1], result, `${target.key} result`);
        expect({ target: target.key, text: rows![row]?.[col + 2] ?? "" }).toEqual({
          target: target.key,
          text: met === null ? "" : met ? MET_TEXT.vi : NOT_MET_TEXT.vi,
        });
      }
    }
  });
});

describe("a filled template re-saved by LibreOffice", () => {
  it.each(["xlsx", "xls", "ods"] as const)(
    "reads back from .%s with the same figures and no errors",
    (ext) => {
      const bytes = resaveWith(fillByName(template, inputs, { keepLayout: true }), "xlsx", ext);
      const { grid, logged } = readQuietly(bytes, `don-vi.${ext}`);
      for (const message of logged) expect(message).toMatch(/^ODS number format/);

      const extraction = extract(grid);
      expect(extraction.report?.unit).toEqual(source.unit);
      expect(extraction.report?.period.id).toBe(source.period.id);
      for (const id of TEMPLATE_IDS) expect(extraction.report?.forms[id]).toEqual(expected[id]);
      expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
      // LibreOffice keeps the metadata sheet out of sight (as hidden, not very hidden); SheetJS does not
      // read sheet visibility from .ods at all.
      if (ext !== "ods") expect(grid.sheets.find((s) => s.name === META_SHEET)?.visibility).toBe("hidden");
    },
  );
});
