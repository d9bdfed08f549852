import { runExcel } from "./excel-run";
import { lookAtWorkbook } from "./staging";

/**
 * What a write cut short left (see build-journal), settled when the pane starts: undone, or finished
 * when its swap had passed the point where the new sheets count. Every writing action settles it too,
 * but the user should hear of an undone write before starting one. Resolves to the sheets removed (0
 * when a write was finished).
 */
export const recoverInterrupted = (): Promise<number> =>
  runExcel(async (context) => (await lookAtWorkbook(context)).recovered);
