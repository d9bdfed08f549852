import { recordedNames, recordFormula } from "./summary-record";
import { findName, hideName } from "./workbook-names";
import type { WriteKind } from "../host/workbook-host";
import { currentWriter, type JournalOwner } from "./journal-owner";

/**
 * The workbook name a write keeps from before its first sheet until its last step: what it has added
 * and, once it swaps, which sheet goes where. A write cut short (the pane reloaded or closed, Excel
 * refusing a request halfway, which it does not undo) leaves it behind, and the next action reads it
 * to undo the write, or to finish it once it has passed the point where the new sheets count.
 */
export const BUILD_JOURNAL = "TD_BUILD_IN_PROGRESS";

/** What every sheet is built under until the swap names it; no plan sheet is named so. */
export const TEMP_SHEET = "TD_TMP";

/** What a replaced sheet is renamed to, hidden, while the swap puts the new ones in its place. */
export const ASIDE_SHEET = "Thi Đua bản cũ";

/** A table's name while its sheet is built: Excel's table names are the workbook's, and the one it replaces still exists. */
export const buildTableName = (name: string) => `${name}_${TEMP_SHEET}`;

/** A replaced table's name while its sheet is set aside, so the new table can take the name. */
export const ASIDE_TABLE = "_TD_CU";

/** A table's name on a sheet kept for an undo (see KEPT_RECORD), apart from those a swap sets aside. */
export const KEPT_TABLE = "_TD_BAK";

/**
 * The workbook name recording the last write's swap when it kept what it replaced: the replaced
 * sheets stay, very hidden under their aside names, with the manifest listing the names switched both
 * ways, until the next write; undoing the write is a swap back (see undo-last-write).
 */
export const KEPT_RECORD = "TD_PREVIOUS";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/**
 * A built sheet and the name and visibility the swap gives it. `restored`: a sheet kept by the last
 * write, put back by an undo under `built`, its aside name, to which an undo cut short returns it.
 */
export interface PlacedEntry {
  readonly built: string;
  readonly name: string;
  readonly visibility: Visibility;
  readonly restored?: boolean;
}

/** A replaced sheet, the name it is set aside under, and its visibility before. */
export interface AsideEntry {
  readonly name: string;
  readonly aside: string;
  readonly visibility: Visibility;
}

/**
 * Which sheet goes where in a swap, and the sheet listing the workbook names it defines (and those it
 * replaces). `keep`: the replaced sheets and the manifest are kept after the swap for an undo of this
 * kind of write, instead of deleted.
 */
export interface SwapPlan {
  readonly manifest: string;
  readonly placed: readonly PlacedEntry[];
  readonly aside: readonly AsideEntry[];
  readonly keep?: WriteKind;
  /** The swap undoes the write before it (so undoing this one redoes that). */
  readonly undo?: boolean;
}

/**
 * A journal's state. `build`: the sheets listed may exist, nothing else changed. `swap`: the sheets
 * are being renamed; undone by renaming back. `commit`: every sheet is in place, the new ones count;
 * finished by switching the names and deleting the old sheets.
 */
export type Journal = (
  | { readonly phase: "build"; readonly sheets: readonly string[] }
  | { readonly phase: "swap" | "commit"; readonly swap: SwapPlan }
) & { readonly owner?: JournalOwner };

// Entries are joined by "/" and their fields by ":": Excel forbids both in sheet names.
const FIELD = ":";

const RESTORED = "restored";

const UNDO = "undo";

function encodeSwap({ manifest, placed, aside, keep, undo }: SwapPlan): string[] {
  return [
    ["manifest", manifest].join(FIELD),
    ...(keep ? [["keep", keep, ...(undo ? [UNDO] : [])].join(FIELD)] : []),
    ...placed.map((p) =>
      ["new", p.built, p.name, p.visibility, ...(p.restored ? [RESTORED] : [])].join(FIELD),
    ),
    ...aside.map((a) => ["old", a.name, a.aside, a.visibility].join(FIELD)),
  ];
}

function decodeSwap(entries: readonly string[]): SwapPlan {
  const fields = entries.map((entry) => entry.split(FIELD));
  const of = (kind: string) => fields.filter((f) => f[0] === kind);
  const [, keep, undo] = (of("keep")[0] ?? []) as [string?, WriteKind?, string?];
  return {
    manifest: of("manifest")[0]?.[1] ?? "",
    placed: of("new").map(([, built, name, visibility, restored]) => ({
      built: built!,
      name: name!,
      visibility: visibility as Visibility,
      ...(restored === RESTORED ? { restored: true } : {}),
    })),
    aside: of("old").map(([, name, aside, visibility]) => ({
      name: name!,
      aside: aside!,
      visibility: visibility as Visibility,
    })),
    ...(keep ? { keep } : {}),
    ...(undo === UNDO ? { undo: true } : {}),
  };
}

const OWNER = "by";

const encode = (journal: Journal): string[] => [
  ...(journal.phase === "build" ? journal.sheets : [journal.phase, ...encodeSwap(journal.swap)]),
  ...(journal.owner ? [[OWNER, journal.owner.id, String(journal.owner.since)].join(FIELD)] : []),
];

function decodeOwner(entries: readonly string[]): JournalOwner | undefined {
  const [, id, since] = entries.find((e) => e.startsWith(`${OWNER}${FIELD}`))?.split(FIELD) ?? [];
  return id && since ? { id, since: Number(since) } : undefined;
}

/** The journal a name's formula holds; a journal of an earlier version lists the sheets built, as `build` does. */
export function decodeJournal(formula: unknown): Journal {
  const entries = recordedNames(formula);
  const owner = decodeOwner(entries);
  const [first, ...rest] = entries;
  // A sheet name holds no ":", the owner's entry does.
  if (first !== "swap" && first !== "commit")
    return { phase: "build", sheets: entries.filter((e) => !e.includes(FIELD)), ...(owner ? { owner } : {}) };
  return { phase: first, swap: decodeSwap(rest), ...(owner ? { owner } : {}) };
}

/** The kept record's formula: the swap that kept what it replaced. */
export const keptFormula = (swap: SwapPlan) => recordFormula(encodeSwap(swap));

/** The swap a kept record's formula holds, if it names a manifest and a kind. */
export function decodeKept(formula: unknown): SwapPlan | undefined {
  const swap = decodeSwap(recordedNames(formula));
  return swap.manifest && swap.keep ? swap : undefined;
}

/** The journal among the workbook's names, if a write left one. Needs `name` loaded. */
export const findJournal = (names: readonly Excel.NamedItem[]) => findName(names, BUILD_JOURNAL);

/** This pane's write, from now. */
const ours = (): JournalOwner => ({ id: currentWriter(), since: Date.now() });

/** Queues the journal of a build that adds `sheetNames`. */
export function openJournal(context: Excel.RequestContext, sheetNames: readonly string[]): void {
  const journal: Journal = { phase: "build", sheets: sheetNames, owner: ours() };
  hideName(context.workbook.names.add(BUILD_JOURNAL, recordFormula(encode(journal))));
}

/** Queues the journal's next state: one command (NamedItem.formula, ExcelApi 1.7), so it is never half-written. */
export function setJournal(context: Excel.RequestContext, journal: Journal): void {
  context.workbook.names.getItem(BUILD_JOURNAL).formula = recordFormula(
    encode({ ...journal, owner: ours() }),
  );
}
