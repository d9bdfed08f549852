import { isDeepStrictEqual } from "node:util";
import type { WorkbookPlan } from "../../src/core";
import { WORDS } from "../../src/core/vocabulary";
import type { Text } from "../../src/core/text/text";
import { createExcelHost } from "../../src/excel";
import { errorText } from "../../src/host/error-text";
import { installFakeExcel } from "./fakes/fake-excel";
import { summaryPlan } from "./fakes/plans";
import { prepared, uncut, wholeState, type CutWrite, type State } from "./support/cut-writes";
import { reportPlan } from "../support/reports";

// What staff read when a write fails as its new sheets are put in place: before the point where they
// count, the previous content stands; after it, the new content is in place and the pane's next start
// finishes it. The text must say which, whatever command the request was cut at.

const summarize = (plan: WorkbookPlan, signal?: AbortSignal) => () =>
  createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx", { breakReferences: true, signal });
const insert = (plan: WorkbookPlan) => () =>
  createExcelHost().insertReport(plan, "bieu-mau.xlsx", { replace: true });

/** A write to cut; one the user can stop takes the stop's signal. */
interface SwapWrite extends CutWrite {
  readonly stoppable?: (signal: AbortSignal) => Promise<unknown>;
}

const WRITES: Record<string, SwapWrite> = {
  "a summary replacing the previous one": {
    prepare: () => summarize(summaryPlan(1))().then(() => undefined),
    write: summarize(summaryPlan(2)),
    stoppable: (signal) => summarize(summaryPlan(2), signal)(),
  },
  "a template replacing the report": {
    prepare: () => insert(reportPlan(["B01"]))().then(() => undefined),
    write: insert(reportPlan(["B01"], "CD_P02")),
  },
};

/** How the write's requests are cut: as FakeExcel's failAtCommand and failFromCommand, counted from its start. */
interface Cut {
  readonly at?: number;
  readonly from?: number;
}

/**
 * The write run in a fresh workbook in its state before (a copy of one prepared once), cut as `cut` says,
 * then the pane started again: what staff read (null when the write said it was done) and what the
 * workbook then holds. `during` hears each of the write's syncs, counted from 1.
 */
async function cutWrite(
  { prepare, write }: CutWrite,
  cut: Cut,
  during?: (sync: number) => void,
): Promise<{ text: Text | null; state: State }> {
  const excel = await prepared(installFakeExcel, prepare);
  [excel.failAtCommand, excel.failFromCommand] = [cut.at, cut.from];
  const syncsBefore = excel.syncs;
  excel.duringSync = (sync) => during?.(sync - syncsBefore);
  const text = await write().then(
    () => null,
    (error: unknown) => errorText(error),
  );
  [excel.failAtCommand, excel.failFromCommand, excel.duringSync] = [undefined, undefined, undefined];
  await createExcelHost().live!.recoverInterrupted();
  return { text, state: wholeState(excel.book) };
}

/** The write uncut (see support's uncut), and how many syncs it takes. */
async function measured(write: CutWrite) {
  const excel = installFakeExcel();
  await write.prepare(excel);
  const { syncs } = await excel.count(write.write);
  return { ...(await uncut(installFakeExcel, write)), syncs };
}

/** The pane's own reading of the workbook after a failed swap: the sheets and the names, two commands. */
const SETTLE_READ = 2;

describe.each(Object.entries(WRITES))("%s, its swap cut", (_, write) => {
  let before: State;
  let after: State;
  let commands: number;
  let swapFrom: number;
  let syncs: number;
  beforeAll(async () => {
    ({ before, after, commands, swapFrom, syncs } = await measured(write));
    expect(after).not.toEqual(before);
  });

  /**
   * The swap's commands to cut at: every one of a short swap, some fifty spread over a long one (a
   * summary's switches hundreds of names; cut-writes-summaries cuts at each, for the state alone).
   */
  function swapCuts(): number[] {
    const stride = Math.max(1, Math.ceil((commands - swapFrom + 1) / 50));
    const cuts: number[] = [];
    for (let command = swapFrom; command <= commands; command += stride) cuts.push(command);
    return cuts;
  }

  /** For each command of the swap, cut as `cutAt` says: what was said, and whether the old or the new stands. */
  async function eachSwapCut(cutAt: (command: number) => Cut, during?: (sync: number) => void) {
    const seen: { command: number; text: Text | null; holds: "old" | "new" | "mix" }[] = [];
    for (const command of swapCuts()) {
      const { text, state } = await cutWrite(write, cutAt(command), during);
      const holds = isDeepStrictEqual(state, before)
        ? "old"
        : isDeepStrictEqual(state, after)
          ? "new"
          : "mix";
      seen.push({ command, text, holds });
    }
    return seen;
  }

  const kinds = (seen: readonly { text: Text | null; holds: string }[]) =>
    [...new Set(seen.map(({ text, holds }) => `${holds}: ${text?.en ?? "written"}`))].sort();

  it("once, settled at once: before the commit Excel's advice, the previous content standing; after it, written", async () => {
    const seen = await eachSwapCut((command) => ({ at: command }));
    expect(kinds(seen)).toEqual([`new: written`, `old: ${WORDS.officeErrors.general.en}`].sort());
  }, 600_000);

  it("once, and the pane's settling cut after it read the workbook: the text says what the next start leaves", async () => {
    const seen = await eachSwapCut((command) => ({ at: command, from: command + SETTLE_READ + 1 }));
    expect(kinds(seen)).toEqual(
      [
        `new: ${WORDS.officeErrors.swapFinishPending.en}`,
        `old: ${WORDS.officeErrors.swapUndoPending.en}`,
      ].sort(),
    );
    // The new content counts from one command on: every cut before it leaves the old, every cut after the new.
    const firstNew = seen.findIndex((s) => s.holds === "new");
    expect(seen.slice(firstNew).every((s) => s.holds === "new")).toBe(true);
  }, 600_000);

  it("from a command on (Excel refusing everything since): the pane cannot tell, and says the next start settles it", async () => {
    const seen = await eachSwapCut((command) => ({ from: command }));
    expect(kinds(seen)).toEqual(
      [`new: ${WORDS.officeErrors.swapUnknown.en}`, `old: ${WORDS.officeErrors.swapUnknown.en}`].sort(),
    );
  }, 600_000);

  const { stoppable } = write;
  if (stoppable)
    it("stopped by the user as the swap is sent: cancelled while the previous content stands, never once the new counts", async () => {
      const said = async (cutAt: (command: number) => Cut) => {
        const seen: { text: Text | null; holds: string }[] = [];
        for (const command of swapCuts()) {
          const stop = new AbortController();
          const { text, state } = await cutWrite(
            { prepare: write.prepare, write: () => stoppable(stop.signal) },
            cutAt(command),
            // The build's last request: past its last look for a stop, the swap sent after it.
            (sync) => sync === syncs - 1 && stop.abort(),
          );
          seen.push({ text, holds: isDeepStrictEqual(state, before) ? "old" : "new" });
        }
        return kinds(seen);
      };
      expect(await said((command) => ({ at: command }))).toEqual(
        [`new: written`, `old: ${WORDS.officeErrors.writeCancelled.en}`].sort(),
      );
      expect(await said((command) => ({ at: command, from: command + SETTLE_READ + 1 }))).toEqual(
        [
          `new: ${WORDS.officeErrors.swapFinishPending.en}`,
          `old: ${WORDS.officeErrors.swapUndoPending.en}`,
        ].sort(),
      );
    }, 600_000);
});
