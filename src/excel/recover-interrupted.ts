import { runExcel } from "./excel-run";
import { lookAtWorkbook } from "./staging";

/**
 * What a write cut short left (see build-journal), removed when the pane starts: every writing action
 * removes it too, but the user should hear of it before starting one. Resolves to the sheets removed.
 */
export const recoverInterrupted = (): Promise<number> =>
  runExcel(async (context) => (await lookAtWorkbook(context)).recovered);
