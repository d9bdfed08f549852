import { utf8Length } from "../core/text";

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

export class RequestBudget {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = REQUEST_BUDGET,
  ) {}

  /** Call before queuing `bytes` more: syncs first if they would take the request past the budget. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.sync();
    this.queued += bytes;
  }

  async sync(): Promise<void> {
    this.queued = 0;
    await this.context.sync();
  }
}
