import { utf8Length } from "../core/text/text";
import { stopIfAborted } from "./stop-if-aborted";

/**
 * Excel on the web refuses a request (everything queued between two syncs) over 5 MB with
 * RequestPayloadSizeLimitExceeded, and large requests are slow everywhere. Writers estimate what they
 * queue and sync before a request would pass this budget, so a summary of any size goes through in
 * requests of about 2 MB: the number of syncs grows with the data, never with the number of commands.
 */
export const REQUEST_BUDGET = 2_000_000;

/** What one queued command costs in the request besides its argument: its action and object path. */
export const COMMAND_BYTES = 100;

/** The estimated request size of `commands` commands whose arguments are `argument`. */
export const commandBytes = (commands: number, argument: unknown = undefined) =>
  commands * COMMAND_BYTES + (argument === undefined ? 0 : utf8Length(JSON.stringify(argument)));

/**
 * Preparing a request runs on the pane's thread: past this long without a pause, the pane stops
 * answering clicks (and Office restarts an add-in silent for five seconds), so the writer pauses for
 * whatever waits, between commands if need be.
 */
export const YIELD_AFTER_MS = 40;

/** What a long write lets its caller do: stop it between requests, and hear how far it is (sheets built). */
export interface WriteControl {
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class RequestBudget {
  private queued = 0;
  private since = performance.now();

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = REQUEST_BUDGET,
    private readonly control: WriteControl = {},
  ) {}

  /**
   * Call before queuing `bytes` more: syncs first if they would take the request past the budget, and
   * otherwise pauses when the pane's thread has worked long enough.
   */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.sync();
    else if (performance.now() - this.since > YIELD_AFTER_MS) {
      await pause();
      this.since = performance.now();
    }
    this.queued += bytes;
  }

  /**
   * Sends what is queued, Excel not recalculating meanwhile (ExcelApi 1.6: only for this request, so
   * calculation comes back on its own, even if a later request fails); stops first if cancelled.
   */
  async sync(): Promise<void> {
    stopIfAborted(this.control.signal);
    this.queued = 0;
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    await this.context.sync();
    this.since = performance.now();
  }
}
