import { getTemplate } from "../../../src/core/catalog";
import type { Finding } from "../../../src/core/findings/finding";
import { formCells, type FormCell } from "../../../src/core/form/form";
import { UNREADABLE_SHOWN, type GridCell } from "../../../src/core/grid/grid";
import type { CellFact } from "../../../src/core/looks/cell-lie";
import { CELL_LIES, judgeFigure, judgeTargetCell } from "../../../src/core/looks/cell-lies";
import type { CellRead } from "../../../src/core/report/form-read";
import { fill } from "../../../src/core/text/text";
import { WORDS } from "../../../src/core/vocabulary";

const B01 = getTemplate("B01");
const cellNamed = (name: string): FormCell => formCells(B01).find((cell) => cell.name === name)!;
/** An input counting enterprises, and the rate computed from it. */
const COUNT = cellNamed("TD_B01_private_enterprises_with_union");
const RATE = cellNamed("TD_B01_private_cla_rate");

const figure = (value: number): GridCell["value"] => ({ type: "number", value });
const layout = (rest: Partial<NonNullable<GridCell["textLayout"]>>) => ({
  horizontal: ["general"],
  indent: 0,
  ...rest,
});

/** A cell's facts as a reader gives them, and the form cell they are read at (an input count by default). */
interface Example {
  readonly facts: GridCell;
  readonly at?: FormCell;
}

/**
 * Each class's lie, made of the facts a reader gives, and its honest twin: what a clerk does that looks
 * alike, which must pass. A class registered without an example here fails the last test.
 */
const EXAMPLES: Readonly<Record<string, { readonly lie: Example; readonly twin: Example }>> = {
  "format-unreadable": {
    lie: { facts: { formula: "C9*2", shown: UNREADABLE_SHOWN } },
    twin: { facts: { formula: "C9*2", shown: "1" } },
  },
  "unit-uncached": {
    lie: { facts: { formula: "C9*2", shown: "1%" } },
    twin: { facts: { formula: "C9*2", shown: "1 DN" } },
  },
  "other-figure": {
    lie: { facts: { value: figure(45), shown: "54" } },
    twin: { facts: { value: figure(1234), shown: "1.234" } },
  },
  "other-unit": {
    lie: { facts: { value: figure(45), shown: "45%" } },
    twin: { facts: { value: figure(45), shown: "45 doanh nghiệp" } },
  },
  "general-rounded": {
    lie: { facts: { value: figure(123_456_789), generalSizes: [{ columnWidth: 7, fontSize: 11 }] } },
    twin: { facts: { value: figure(123_456_789), generalSizes: [{ columnWidth: 14, fontSize: 11 }] } },
  },
  concealed: {
    lie: { facts: { value: figure(45), hidden: "row" } },
    twin: { facts: { value: figure(0), hidden: "row" } },
  },
  "too-small": {
    lie: { facts: { value: figure(45), drawnSizes: { styles: [{ fontSize: 1 }] } } },
    twin: { facts: { value: figure(45), drawnSizes: { styles: [{ fontSize: 9 }] } } },
  },
  hashes: {
    lie: { facts: { value: figure(45), shown: "###" } },
    twin: { facts: { value: figure(0), shown: "###" } },
  },
  "symbol-font": {
    lie: { facts: { value: figure(45), textLayout: layout({ symbolFont: "Wingdings" }) } },
    twin: { facts: { value: figure(45), textLayout: layout({ symbolFont: "VNI-Times" }) } },
  },
  "turned-cut": {
    lie: { facts: { value: figure(1250), textLayout: layout({ rotation: 90, rowHeight: 8, fontSize: 11 }) } },
    twin: {
      facts: { value: figure(1250), textLayout: layout({ rotation: 90, rowHeight: 60, fontSize: 11 }) },
    },
  },
  "upside-down": {
    lie: { facts: { value: figure(6), textLayout: layout({ upsideDownBy: 180 }) } },
    twin: { facts: { value: figure(6), textLayout: layout({ rotation: 90, rowHeight: 60, fontSize: 11 }) } },
  },
  shrunk: {
    lie: {
      facts: { value: figure(123_456), textLayout: layout({ shrinks: true, width: 0.4, fontSize: 11 }) },
    },
    twin: {
      facts: { value: figure(123_456), textLayout: layout({ shrinks: true, width: 6, fontSize: 11 }) },
    },
  },
  struck: {
    lie: { facts: { value: figure(45), struck: true } },
    twin: { facts: { value: figure(0), struck: true } },
  },
  crossed: {
    lie: { facts: { value: figure(45), crossed: true } },
    twin: { facts: { value: figure(0), crossed: true } },
  },
  "faded-ink": {
    lie: { facts: { value: figure(45), inks: [{ text: "FFFF00", background: "FFFFFF" }] } },
    twin: { facts: { value: figure(45), inks: [{ text: "1F3864", background: "E2EFDA" }] } },
  },
  "drawn-over": {
    lie: { facts: { value: figure(45), underDrawing: "shape" } },
    twin: { facts: { value: figure(0.8), formula: "C10/C9", underDrawing: "note" }, at: RATE },
  },
};

const read = ({ facts, at = COUNT }: Example): CellRead => ({
  ...facts,
  cell: at,
  sheet: B01.sheetName,
  address: "C9",
});
const judged = (example: Example): Finding[] => judgeFigure(read(example), B01, { template: "B01" }, false);
const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

/** The example with only the facts its class says it judges. */
const onlyFacts = (example: Example, facts: readonly CellFact[]): Example => ({
  ...example,
  facts: Object.fromEntries(
    Object.entries(example.facts).filter(([fact]) => facts.includes(fact as CellFact)),
  ),
});

describe.each(CELL_LIES.map((lie) => [lie.id, lie] as const))("the cell lie %s", (id, lie) => {
  const example = EXAMPLES[id]!;

  it("is refused under its own rule, judged from the facts it declares alone", () => {
    const found = errors(judged(onlyFacts(example.lie, lie.facts)));
    expect(found.map((f) => f.rule)).toEqual([
      expect.stringMatching(new RegExp(`^(${lie.rules.join("|")})$`)),
    ]);
    expect(found[0]!.message_vi).not.toMatch(/\{\w+\}/);
    expect(found[0]!.message_en).not.toMatch(/\{\w+\}/);
  });

  it("lets its honest twin pass", () => {
    expect(errors(judged(example.twin))).toEqual([]);
  });
});

describe("the cell lies", () => {
  it("each have a lie and an honest twin here", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(CELL_LIES.map((lie) => lie.id).sort());
  });

  it("say nothing of a figure that shows as it is", () => {
    expect(
      judged({ facts: { value: figure(45), shown: "45", inks: [{ text: "000000", background: "FFFFFF" }] } }),
    ).toEqual([]);
  });

  it("give one finding for each class a cell tells, in the registry's order", () => {
    const found = judged({ facts: { value: figure(45), shown: "45%", struck: true, underDrawing: "shape" } });
    expect(found.map((f) => f.rule)).toEqual(["cell.misleading_format", "cell.struck", "cell.under_drawing"]);
  });

  it("say of a hidden row how to show it when a filter hides it, which Excel's Unhide does not show", () => {
    // A clerk who left Data › AutoFilter filtered (LibreOffice, round of session 12) hides the row so.
    const [found] = errors(judged({ facts: { value: figure(320), hidden: "row" } }));
    expect(found!.message_vi).toMatch(/bỏ lọc/);
    expect(found!.message_en).toMatch(/clear the filter/i);
  });

  it("judge no class a hidden figure makes moot: a hidden row's faded ink is not told twice", () => {
    const found = judged({
      facts: { value: figure(45), hidden: "row", inks: [{ text: "FFFFFF", background: "FFFFFF" }] },
    });
    expect(found).toHaveLength(1);
    expect(found[0]!.message_en).toMatch(/row/i);
  });
});

describe("the target block's cells", () => {
  const about = {
    label: { vi: "Tỷ lệ", en: "Rate" },
    figure: { vi: "45", en: "45" },
    where: { template: "B01" as const },
  };
  const target = (
    facts: GridCell,
    role: "goal" | "result" | "assessment",
    kind: "count" | "ratio" = "count",
  ) => judgeTargetCell(facts, kind, role, about).map((f) => [f.severity, f.rule, f.message_en]);

  it("are judged by the same classes as a form's cells: another unit beside a count is named as such", () => {
    const found = target({ value: figure(45), shown: "45 đ" }, "result");
    expect(found).toEqual([["error", "cell.misleading_format", expect.stringMatching(/"đ"/)]]);
    expect(found[0]![2]).not.toMatch(/hides the real figure/);
    expect(target({ value: figure(45), shown: "45 DN" }, "result")).toEqual([]);
  });

  it("say of a format no program is sure to show alike over a result saved without it that it is unreadable", () => {
    const found = target({ formula: "C9", shown: UNREADABLE_SHOWN }, "result");
    expect(found).toEqual([["error", "cell.misleading_format", expect.any(String)]]);
    const words = fill(WORDS.report.unreadableFormatUncached, { label: about.label, value: about.figure });
    expect(found[0]![2]).toBe(words.en);
  });

  it("write no unit beside the assessment, whose formula gives a text", () => {
    expect(target({ formula: 'IF(D16>=C16,"Đạt","Chưa đạt")', shown: "1%" }, "assessment")).toEqual([]);
    expect(target({ formula: "C9", shown: "1%" }, "result")).toEqual([
      ["error", "cell.misleading_format", expect.any(String)],
    ]);
  });

  it("warn of a note shown over a computed cell, and refuse one over the goal", () => {
    expect(target({ value: figure(0.5), underDrawing: "note" }, "result", "ratio")).toEqual([
      ["warning", "cell.under_note", expect.any(String)],
    ]);
    expect(target({ value: figure(0.5), underDrawing: "note" }, "goal", "ratio")).toEqual([
      ["error", "cell.under_drawing", expect.any(String)],
    ]);
  });
});
