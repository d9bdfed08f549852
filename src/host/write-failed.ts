/**
 * How far a write into the workbook (a summary, a report, a campaign) had gone when Excel stopped it,
 * which decides what staff are told of the workbook:
 * - "build": the new sheets were being built out of sight; what the workbook held stands;
 * - "swap": they were being put in place, before the point where they count: undone at once
 *   (`settled`), what the workbook held stands; else it is put back when the pane next starts;
 * - "commit": they count: the new content is in place, and what was left to do (removing the replaced
 *   sheets and names) is finished when the pane next starts;
 * - "unknown": Excel stopped while putting them in place, and the workbook could not be read since:
 *   the next start settles it, to the whole of the one or the other.
 */
export type WritePhase = "build" | "swap" | "commit" | "unknown";

/** A write's failure: Excel's error (`cause`) and where the write stood (see WritePhase). */
export class WriteFailed extends Error {
  constructor(
    readonly phase: WritePhase,
    /** Whether the pane settled what the failure left before it gave up (undone, or cleaned up). */
    readonly settled: boolean,
    cause: unknown,
  ) {
    super(`A write failed at its ${phase}`, { cause });
    this.name = "WriteFailed";
  }
}

/** Whether a write's failure left the workbook other than it was in sight, until the pane next starts. */
export const leftChanged = ({ phase, settled }: WriteFailed): boolean =>
  phase === "commit" || phase === "unknown" || (phase === "swap" && !settled);
