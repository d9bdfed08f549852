import * as fs from "node:fs";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { defaultCampaign, layoutCampaign, type WorkbookPlan } from "../../../src/core";
import { createExcelHost } from "../../../src/excel";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { summaryPlan } from "../fakes/plans";
import {
  cutAt,
  cutRecovery,
  cutsFrom,
  cutsOf,
  eachCutWrite,
  uncut,
  type CutMode,
  type CutWrite,
  type State,
} from "./cut-writes";
import { reportPlan } from "../../support/reports";
import { frozen } from "../../support/frozen";

// Each sheet's cells worked out once for all the runs of the same plan (support/prepared-once.ts).
jest.mock("../../../src/host/excel-ready/prepared-sheet", () =>
  (jest.requireActual("./prepared-once") as typeof import("./prepared-once")).preparedOnce(
    jest.requireActual("../../../src/host/excel-ready/prepared-sheet"),
  ),
);

// Every request of every write cut at every command, as Excel stops a request at a command that fails
// and keeps the commands before it; then the pane started again. The workbook must hold the whole of
// what it held before or the whole of what the write wrote: never a mix, never neither. The writes are
// cut in two test files (cut-writes-reports, cut-writes-summaries) that two test processes run side by side.

/** The plan is frozen, as summaryPlan's are: each of its sheets is then worked out once (prepared-once.ts). */
const insert = (plan: WorkbookPlan, replace = false) => {
  frozen(plan);
  return () => createExcelHost().insertReport(plan, "bieu-mau.xlsx", { replace });
};
const summarize = (plan: WorkbookPlan) => () =>
  createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx", { breakReferences: true });
/** A summary written as the pane writes one the user's formulas do not point at: what it replaces is kept for an undo. */
const keeping = (plan: WorkbookPlan) => () =>
  createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx");
const undo = () => createExcelHost().live!.undoLastWrite();

/** The user deleted the empty Sheet1: the workbook holds only what Thi Đua wrote. */
function deleteSheet1(excel: FakeExcel): void {
  const sheet = excel.book.sheet("Sheet1");
  excel.book.sheets.splice(excel.book.sheets.indexOf(sheet), 1);
  sheet.deleted = true;
}

const campaign = (year: number) =>
  layoutCampaign(defaultCampaign(year, [{ code: "P01", name: "Công đoàn P01", bloc: "Cụm 1" }]));
const nothing = () => Promise.resolve();

/** The write cut once at each of `cuts` (cutAt's mode "once"), in order. */
async function cutEach(write: CutWrite, cuts: readonly number[]) {
  const outcomes: { state: State; written: boolean }[] = [];
  for (const cut of cuts) outcomes.push(await cutAt(installFakeExcel, write, cut, "once"));
  return outcomes;
}

/** The writes, by name; CUT_WRITES_OF each test file names those it cuts. */
export const WRITES: Record<string, CutWrite> = {
  "template insert": { prepare: nothing, write: insert(reportPlan(["B01"])) },
  "campaign insert": { prepare: nothing, write: insert(campaign(2025)) },
  "summary write": { prepare: nothing, write: summarize(summaryPlan(1)) },
  "template replace, the workbook holding only the report": {
    prepare: async (excel) => {
      await insert(reportPlan(["B01"]))();
      deleteSheet1(excel);
    },
    write: insert(reportPlan(["B01"], "CD_P02"), true),
  },
  "template replace, the user's lists, formats, charts and formulas beside it looked at first": {
    prepare: async (excel) => {
      await insert(reportPlan(["B01"]))();
      excel.supportedApi = "1.15";
      const mine = excel.book.addSheet("Của tôi").set({ A1: 1, A2: { formula: "A1*2", value: 2 } });
      excel.book.sheet("Sheet1").set({ A1: "a", A2: "b" });
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Của tôi");
        sheet.getRanges("B1:B5").dataValidation.rule = {
          list: { inCellDropDown: true, source: "=Sheet1!$A$1:$A$2" },
        };
        sheet.getRanges("C1:C5").conditionalFormats.add("Custom").custom.rule.formula = "=C1>Sheet1!$A$1";
        sheet.charts.add("BarClustered", sheet.getRange("A1:A2"));
        await context.sync();
      });
      mine.pivots.push({ name: "PT", source: "Sheet1!$A$1:$A$2" });
    },
    write: insert(reportPlan(["B01"], "CD_P02"), true),
  },
  "campaign replace": {
    prepare: () => insert(campaign(2025))().then(nothing),
    write: insert(campaign(2026), true),
  },
  "summary replace, discarding what the write before kept": {
    prepare: async () => {
      await keeping(summaryPlan(1))();
      await keeping(summaryPlan(2))();
    },
    write: keeping(summaryPlan(3)),
    every: 4,
  },
  "summary undo": {
    prepare: async () => {
      await keeping(summaryPlan(1))();
      await keeping(summaryPlan(2))();
    },
    write: undo,
    every: 2,
  },
  "summary redo": {
    prepare: async () => {
      await keeping(summaryPlan(1))();
      await keeping(summaryPlan(2))();
      await undo();
    },
    write: undo,
    every: 2,
  },
  "template undo": {
    prepare: async () => {
      await insert(reportPlan(["B01"]))();
      await insert(reportPlan(["B01"], "CD_P02"), true)();
    },
    write: undo,
  },
  "campaign undo": {
    prepare: async () => {
      await insert(campaign(2025))();
      await insert(campaign(2026), true)();
    },
    write: undo,
  },
  "summary replace, the workbook holding only the previous summary": {
    prepare: async (excel) => {
      await summarize(summaryPlan(1))();
      deleteSheet1(excel);
    },
    write: summarize(summaryPlan(2)),
  },
};

/** The writes each test file cuts, and those whose recovery it cuts too: every write in one of them. */
export const PARTS = {
  reports: {
    writes: [
      "template insert",
      "campaign insert",
      "template replace, the workbook holding only the report",
      "template replace, the user's lists, formats, charts and formulas beside it looked at first",
      "campaign replace",
      "template undo",
      "campaign undo",
    ],
    recoveries: ["campaign replace", "campaign undo"],
  },
  summaries: {
    writes: [
      "summary write",
      "summary replace, discarding what the write before kept",
      "summary undo",
      "summary redo",
      "summary replace, the workbook holding only the previous summary",
    ],
    recoveries: [],
  },
} as const;

/**
 * The tests of a test file: each of `writes` cut at each command, and each of `recoveries` (writes whose
 * recovery is cut too) at each command of its swap and of its recovery. Cut points and what each left, per
 * write and mode, are written out for the record in test-output/cut-writes-<part>.json.
 */
export function cutWritesTests(part: keyof typeof PARTS): void {
  const { writes, recoveries }: { writes: readonly string[]; recoveries: readonly string[] } = PARTS[part];
  const tally: Record<string, Record<string, number>> = {};
  afterAll(() => {
    const out = path.resolve(__dirname, `../../../test-output/cut-writes-${part}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(tally, null, 2)}\n`);
  });

  describe.each(writes.map((kind) => [kind, WRITES[kind]!] as const))("%s", (kind, write) => {
    let before: State;
    let after: State;
    let commands: number;
    beforeAll(async () => {
      ({ before, after, commands } = await uncut(installFakeExcel, write));
    });

    it("changes the workbook when it goes through", () => {
      expect(after).not.toEqual(before);
    });

    it.each<CutMode>(["once", "from"])(
      "cut at each command (%s; every 10th amid a long build), then the pane started again: the whole old state or the whole new",
      async (mode) => {
        const mixed: { cut: number; written: boolean; state: State }[] = [];
        let [old, whole] = [0, 0];
        const cuts = cutsOf(write, commands);
        const outcomes =
          mode === "once"
            ? await cutEach(write, cuts)
            : (await cutsFrom(installFakeExcel, write, cuts)).map((state) => ({ state, written: false }));
        for (const [i, { state, written }] of outcomes.entries()) {
          const cut = cuts[i]!;
          const isOld = isDeepStrictEqual(state, before);
          const isNew = isDeepStrictEqual(state, after);
          // A write that says it is done has written; one cut only once and not done leaves the old whole.
          const honest = mode === "from" || written === isNew;
          if (!(isOld || isNew) || !honest) mixed.push({ cut, written, state });
          else if (isOld) old++;
          else whole++;
        }
        tally[`${kind} (${mode})`] = { commands, cuts: cuts.length, old, new: whole, mixed: mixed.length };
        expect({ cuts: cuts.length, old, new: whole, mixed: mixed.slice(0, 1) }).toEqual({
          cuts: cuts.length,
          old: cuts.length - whole,
          new: whole,
          mixed: [],
        });
      },
      1_800_000,
    );
  });

  // The recovery is a write too, and can itself be cut: after a swap cut at each of its commands, the
  // recovery at the next start is cut at each of its own, and the start after that still ends whole.
  // A campaign replace renames sheets and tables back and forth under the same names, and its undo puts
  // kept sheets and tables back; each run is short (a report's undo switches ~190 names: too many runs).
  if (recoveries.length > 0)
    describe.each(recoveries)("%s, its recovery cut too", (kind) => {
      const write = WRITES[kind]!;
      it("at each command of the swap, then at each of the recovery's: the whole old state or the whole new", async () => {
        const { before, after, commands, swapFrom } = await uncut(installFakeExcel, write);
        const cuts = Array.from({ length: commands - swapFrom + 1 }, (_, i) => swapFrom + i);
        let runs = 0;
        const mixedByCut = await eachCutWrite(installFakeExcel, write, cuts, async (cutWrite) => {
          const mixedCuts: number[] = [];
          for (let recoveryCut = 1; ; recoveryCut++) {
            const { state, withinRecovery } = await cutRecovery(cutWrite, recoveryCut);
            runs++;
            if (!isDeepStrictEqual(state, before) && !isDeepStrictEqual(state, after))
              mixedCuts.push(recoveryCut);
            if (!withinRecovery) break;
          }
          return mixedCuts;
        });
        const mixed = mixedByCut.flatMap((recoveryCuts, i) =>
          recoveryCuts.map((recoveryCut) => ({ cut: cuts[i]!, recoveryCut })),
        );
        tally[`${kind}, its recovery cut too`] = {
          swapCommands: commands - swapFrom + 1,
          runs,
          mixed: mixed.length,
        };
        expect(mixed.slice(0, 3)).toEqual([]);
      }, 600_000);
    });
}
