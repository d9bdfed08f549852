import { isDeepStrictEqual } from "node:util";
import { createExcelHost } from "../../../src/excel";
import { FakeExcel } from "../fakes/fake-excel";
import {
  copyOf,
  fixedCells,
  freezeDeep,
  sharingCopyOf,
  snapshot,
  type WorkbookState,
} from "../fakes/fake-state";

/**
 * What decides whether a workbook holds a whole state: its sheets in order with their visibility,
 * their tables and their cells (how many, and every 25th of a large sheet; every cell of a small one,
 * such as the metadata, where the unit and period are), and every workbook name with what it points
 * at (the TD_ names, the records, a journal left behind).
 */
export function wholeState(book: WorkbookState) {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      tables: s.tables.map((t) => t.name),
      cells: s.cells.size,
      sample: sampleOf(s.cells),
    })),
    names: [...book.nameTargets()].sort(([a], [b]) => a.localeCompare(b)),
  };
}

const SMALL = 100;

type Cells = WorkbookState["sheets"][number]["cells"];

/**
 * The cells a state compares, worked out once for cells that can no longer change (fixedCells): the
 * sheets a cut leaves as they were share them with the prepared workbook.
 */
function sampleOf(cells: Cells): (string | number | boolean | undefined)[][] {
  const known = samples.get(cells);
  if (known) return known;
  const sample: (string | number | boolean | undefined)[][] = [];
  let i = 0;
  for (const [at, c] of cells)
    if (cells.size <= SMALL || i++ % 25 === 0) sample.push([at, c.value, c.formula]);
  if (fixedCells(cells)) samples.set(cells, sample);
  return sample;
}

const samples = new WeakMap<Cells, (string | number | boolean | undefined)[][]>();

export type State = ReturnType<typeof wholeState>;

/**
 * The commands to cut at. A summary's build queues some 2,000 commands into sheets no one sees, each
 * cut there ending the same way; the fast tier cuts every 10th of those and every one of the last 600
 * (the swap, the end of the build, which reads the workbook again) and of the first 50 (the look).
 * THIDUA_CUT_ALL=1 cuts every command of every write.
 */
export function cutPoints(commands: number): number[] {
  const all = Array.from({ length: commands }, (_, i) => i + 1);
  if (process.env.THIDUA_CUT_ALL === "1" || commands <= FAST_ALL) return all;
  return all.filter((cut) => cut > commands - FAST_ALL || cut % 10 === 0 || cut <= 50);
}

const FAST_ALL = 600;

/** How a request is cut: that one command fails (the pane's own clean-up then runs), or every one from it on. */
export type CutMode = "once" | "from";

/**
 * A write to cut: `prepare` puts the workbook in its state before (a fresh fake Excel each time), `write`
 * writes. `every`: cut only every n-th of the cut points, for a write whose preparation is itself several
 * writes (THIDUA_CUT_ALL=1 cuts them all).
 */
export interface CutWrite {
  readonly prepare: (excel: FakeExcel) => Promise<void>;
  readonly write: () => Promise<unknown>;
  readonly every?: number;
}

/** The cut points of `write` (see cutPoints and CutWrite.every). */
export const cutsOf = (write: CutWrite, commands: number): number[] =>
  cutPoints(commands).filter((_, i) => process.env.THIDUA_CUT_ALL === "1" || i % (write.every ?? 1) === 0);

/**
 * The states before and after a write that goes through, how many commands its requests hold, and
 * where its last request (the swap) starts.
 */
export async function uncut(install: () => FakeExcel, { prepare, write }: CutWrite) {
  const excel = install();
  await prepare(excel);
  const before = wholeState(excel.book);
  excel.commands = 0;
  const sent: number[] = [];
  excel.duringSync = () => sent.push(excel.commands);
  await write();
  return { before, after: wholeState(excel.book), commands: excel.commands, swapFrom: sent.at(-2)! + 1 };
}

/** Whether an action went through: a cut action's error is what the test expects, not a failure. */
const wentThrough = (action: Promise<unknown>) =>
  action.then(
    () => true,
    () => false,
  );

/**
 * The fake Excel each `prepare` left, made once: a campaign undo is prepared by two writes of some 600
 * commands, its cuts number thousands, and preparing each again made most of the cost of this test.
 */
const preparedOnce = new WeakMap<() => FakeExcel, WeakMap<CutWrite["prepare"], Promise<FakeExcel>>>();

/**
 * A fresh fake Excel in the state before the write, its commands counted from 0: a copy of the
 * workbook `prepare` left, with the same Excel version.
 */
export async function prepared(install: () => FakeExcel, prepare: CutWrite["prepare"]): Promise<FakeExcel> {
  const byPrepare = preparedOnce.get(install) ?? new WeakMap();
  preparedOnce.set(install, byPrepare);
  let made = byPrepare.get(prepare);
  if (!made) {
    const excel = install();
    made = prepare(excel).then(() => {
      freezeDeep(excel.book);
      return excel;
    });
    byPrepare.set(prepare, made);
  }
  return copied(await made);
}

/** A fresh fake Excel over a copy of the workbook `original` holds, with the same Excel version. */
function copied(original: FakeExcel): FakeExcel {
  return over(copyOf(original.book), original);
}

/**
 * A fresh fake Excel over `book`, with the Excel version of `like`, sizing no request: it is for one of the
 * thousands of cut runs, which ask what a cut leaves. The run not cut (uncut) sizes each request of the
 * write, and summary-payload and references-break ask what a write's requests and answers weigh.
 */
function over(book: WorkbookState, like: FakeExcel): FakeExcel {
  const excel = new FakeExcel(book).install();
  excel.supportedApi = like.supportedApi;
  excel.sizesRequests = false;
  return excel;
}

/** How many cuts one run stands for in eachCutFrom: each keeps a copy of the workbook until the run ends. */
const CUTS_PER_RUN = 50;

/**
 * `action` cut from each of `cuts` on (every command from the cut on failing, as cutAt's mode "from"), then
 * `then` on a fake Excel over what the cut left, for each cut in order; `start` gives a fresh fake Excel in
 * the state before, its commands counted from 0. A cut from a command on keeps the commands before it and
 * no other (the fake applies a command as it is queued, and one that fails applies nothing), and the commands
 * before it are those of a run not cut (every request before the cut went through): so one run of the action
 * stands for CUTS_PER_RUN cuts, a copy of the workbook taken as it reaches each cut's command. Each run is
 * itself cut at its last cut, where the copy taken must be what the cut left (else this throws): the
 * shortcut is checked against a real cut once a run.
 */
export async function eachCutFrom<T>(
  start: () => Promise<FakeExcel>,
  action: () => Promise<unknown>,
  cuts: readonly number[],
  then: (excel: FakeExcel) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < cuts.length; i += CUTS_PER_RUN) {
    const part = cuts.slice(i, i + CUTS_PER_RUN);
    const last = part.at(-1)!;
    const excel = await start();
    const wanted = new Set(part);
    const copies = new Map<number, WorkbookState>();
    excel.beforeCommand = (command) => {
      if (wanted.has(command)) copies.set(command, sharingCopyOf(excel.book));
    };
    excel.failFromCommand = last;
    await wentThrough(action());
    excel.failFromCommand = excel.beforeCommand = undefined;
    const atLast = copies.get(last);
    if (!atLast || !isDeepStrictEqual(seen(atLast), seen(excel.book)))
      throw new Error(`cut from command ${last}: the copy taken there is not what the cut left`);
    for (const cut of part) {
      const book = copies.get(cut);
      if (!book) throw new Error(`cut from command ${cut}: the run never reached it`);
      out.push(await then(cut === last ? excel.install() : over(book, excel)));
    }
  }
  return out;
}

/** What the shortcut of eachCutFrom compares with a real cut: every cell, sheet and name (snapshot, wholeState). */
const seen = (book: WorkbookState) => [snapshot(book), wholeState(book)];

/**
 * The write with its `cut`-th command failing (`mode`), then the pane started again (recovery), as
 * the user would next open it. Resolves to what the workbook then holds and whether the write said
 * it was done.
 */
export async function cutAt(
  install: () => FakeExcel,
  { prepare, write }: CutWrite,
  cut: number,
  mode: CutMode,
): Promise<{ state: State; written: boolean }> {
  const excel = await prepared(install, prepare);
  if (mode === "once") excel.failAtCommand = cut;
  else excel.failFromCommand = cut;
  const written = await wentThrough(write());
  excel.failAtCommand = excel.failFromCommand = undefined;
  await createExcelHost().live!.recoverInterrupted();
  return { state: wholeState(excel.book), written };
}

/**
 * The write cut from each of `cuts` on, then the pane started again (recovery), as cutAt's mode "from" leaves
 * it: what the workbook then holds, by cut in order (see eachCutFrom).
 */
export function cutsFrom(install: () => FakeExcel, { prepare, write }: CutWrite, cuts: readonly number[]) {
  return eachCutFrom(
    () => prepared(install, prepare),
    write,
    cuts,
    async (excel) => {
      await createExcelHost().live!.recoverInterrupted();
      return wholeState(excel.book);
    },
  );
}

/**
 * The fake Excel the write left, cut from each of `cuts` on (the pane closed there), frozen, given to `then`
 * for each cut in order: each cut of the recovery at the next start (cutRecovery) begins from a copy of it
 * rather than writing again, and one run of the write stands for many cuts (eachCutFrom), where a run and a
 * freeze of the whole workbook for each cut made most of the cost of the recovery tests.
 */
export function eachCutWrite<T>(
  install: () => FakeExcel,
  { prepare, write }: CutWrite,
  cuts: readonly number[],
  then: (cutWrite: FakeExcel) => Promise<T>,
): Promise<T[]> {
  return eachCutFrom(
    () => prepared(install, prepare),
    write,
    cuts,
    (excel) => {
      freezeDeep(excel.book);
      return then(excel);
    },
  );
}

/**
 * The recovery at the next start after a cut write (`eachCutWrite`), cut from its `recoveryCut`-th command on,
 * then the pane started once more. Resolves to what the workbook then holds, and whether the second cut
 * fell within the recovery's commands.
 */
export async function cutRecovery(
  cutWrite: FakeExcel,
  recoveryCut: number,
): Promise<{ state: State; withinRecovery: boolean }> {
  const excel = copied(cutWrite);
  excel.failFromCommand = recoveryCut;
  const recovered = await wentThrough(createExcelHost().live!.recoverInterrupted());
  excel.failFromCommand = undefined;
  await createExcelHost().live!.recoverInterrupted();
  return { state: wholeState(excel.book), withinRecovery: !recovered };
}
