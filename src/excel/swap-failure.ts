import { decodeJournal, findJournal } from "./build-journal";
import { settleJournal } from "./settle-journal";
import { WriteFailed, type WritePhase } from "../host/write-failed";

/**
 * After a swap's request failed (`error`), what it left is settled at once, from the workbook read
 * again (see settleJournal): finished when the swap had committed, and then nothing is thrown, the new
 * content being whole; else undone, and a WriteFailed says nothing changed. Should settling fail too,
 * the WriteFailed says where the workbook stands for the next start to settle: the journal's phase as
 * read, or unknown when not even that could be read (or the journal was gone).
 */
export async function settleFailedSwap(context: Excel.RequestContext, error: unknown): Promise<void> {
  const { worksheets, names } = context.workbook;
  let phase: WritePhase = "unknown";
  try {
    worksheets.load("items/name,items/visibility");
    names.load("items/name,items/formula");
    await context.sync();
    const journal = findJournal(names.items);
    if (!journal) throw error;
    phase = decodeJournal(journal.formula).phase === "commit" ? "commit" : "swap";
    if ((await settleJournal(context, worksheets.items, names.items)).finished) return;
  } catch {
    throw new WriteFailed(phase, false, error);
  }
  throw new WriteFailed("swap", true, error);
}
