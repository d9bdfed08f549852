import { recordedNames, recordFormula } from "./summary-record";
import { findName } from "./workbook-names";

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

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A built sheet and the name and visibility the swap gives it. */
export interface PlacedEntry {
  readonly built: string;
  readonly name: string;
  readonly visibility: Visibility;
}

/** A replaced sheet, the name it is set aside under, and its visibility before. */
export interface AsideEntry {
  readonly name: string;
  readonly aside: string;
  readonly visibility: Visibility;
}

/** Which sheet goes where in a swap, and the sheet listing the workbook names it defines. */
export interface SwapPlan {
  readonly manifest: string;
  readonly placed: readonly PlacedEntry[];
  readonly aside: readonly AsideEntry[];
}

/**
 * A journal's state. `build`: the sheets listed may exist, nothing else changed. `swap`: the sheets
 * are being renamed; undone by renaming back. `commit`: every sheet is in place, the new ones count;
 * finished by switching the names and deleting the old sheets.
 */
export type Journal =
  | { readonly phase: "build"; readonly sheets: readonly string[] }
  | { readonly phase: "swap" | "commit"; readonly swap: SwapPlan };

// Entries are joined by "/" and their fields by ":": Excel forbids both in sheet names.
const FIELD = ":";

function encode(journal: Journal): string[] {
  if (journal.phase === "build") return [...journal.sheets];
  const { manifest, placed, aside } = journal.swap;
  return [
    journal.phase,
    ["manifest", manifest].join(FIELD),
    ...placed.map((p) => ["new", p.built, p.name, p.visibility].join(FIELD)),
    ...aside.map((a) => ["old", a.name, a.aside, a.visibility].join(FIELD)),
  ];
}

/** The journal a name's formula holds; a journal of an earlier version lists the sheets built, as `build` does. */
export function decodeJournal(formula: unknown): Journal {
  const [first, ...rest] = recordedNames(formula);
  if (first !== "swap" && first !== "commit") return { phase: "build", sheets: recordedNames(formula) };
  const fields = rest.map((entry) => entry.split(FIELD));
  const of = (kind: string) => fields.filter((f) => f[0] === kind);
  return {
    phase: first,
    swap: {
      manifest: of("manifest")[0]?.[1] ?? "",
      placed: of("new").map(([, built, name, visibility]) => ({
        built: built!,
        name: name!,
        visibility: visibility as Visibility,
      })),
      aside: of("old").map(([, name, aside, visibility]) => ({
        name: name!,
        aside: aside!,
        visibility: visibility as Visibility,
      })),
    },
  };
}

/** The journal among the workbook's names, if a write left one. Needs `name` loaded. */
export const findJournal = (names: readonly Excel.NamedItem[]) => findName(names, BUILD_JOURNAL);

/** Queues the journal of a build that adds `sheetNames`. */
export function openJournal(context: Excel.RequestContext, sheetNames: readonly string[]): void {
  context.workbook.names.add(BUILD_JOURNAL, recordFormula(encode({ phase: "build", sheets: sheetNames })));
}

/** Queues the journal's next state: one command (NamedItem.formula, ExcelApi 1.7), so it is never half-written. */
export function setJournal(context: Excel.RequestContext, journal: Journal): void {
  context.workbook.names.getItem(BUILD_JOURNAL).formula = recordFormula(encode(journal));
}
