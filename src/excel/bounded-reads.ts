/**
 * Excel on the web answers at most 5 MB a request, refusing a larger answer whole with
 * ResponsePayloadSizeLimitExceeded. Reads of a workbook of any size are packed into requests whose
 * estimated answer stays within this, well under the limit: an estimate of what a sheet holds can be
 * short of what it does.
 */
export const RESPONSE_BUDGET = 1_000_000;

/** The code Excel gives a request whose answer passes 5 MB (Excel.ErrorCodes.responsePayloadSizeLimitExceeded). */
const TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

/** One read: what its answer is estimated to weigh, how it is queued, and how it is cut when refused. */
export interface BoundedRead<T> {
  /** The answer's estimated size, in bytes. */
  readonly bytes: number;
  /** Queues the loads; the function it returns gives the result, after the sync. */
  readonly queue: () => () => T;
  /** Smaller reads covering the same, for when Excel refuses the answer all the same; none when it cannot be cut. */
  readonly split?: () => readonly BoundedRead<T>[];
}

const refusedAsTooLarge = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === TOO_LARGE;

/**
 * Runs the reads in as few requests as keep each answer within `budget`. A request Excel refuses as too
 * large changes nothing (it only reads), so its reads are sent again one by one, and a single read refused
 * is cut (`split`) and its parts sent; one that cannot be cut is given back in `refused`. Any other error
 * is thrown.
 */
export async function readBounded<T>(
  context: Excel.RequestContext,
  reads: readonly BoundedRead<T>[],
  budget = RESPONSE_BUDGET,
): Promise<{ results: T[]; refused: BoundedRead<T>[] }> {
  const results: T[] = [];
  const refused: BoundedRead<T>[] = [];
  const waiting = reads.map((read) => ({ read, alone: false }));
  while (waiting.length > 0) {
    const batch = [waiting.shift()!];
    let bytes = batch[0]!.read.bytes;
    while (
      !batch[0]!.alone &&
      waiting.length > 0 &&
      !waiting[0]!.alone &&
      bytes + waiting[0]!.read.bytes <= budget
    ) {
      bytes += waiting[0]!.read.bytes;
      batch.push(waiting.shift()!);
    }
    const collect = batch.map(({ read }) => read.queue());
    try {
      // Each request is bounded by what the one before it left: the reads cannot all go in one.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!refusedAsTooLarge(error)) throw error;
      if (batch.length > 1) waiting.unshift(...batch.map(({ read }) => ({ read, alone: true })));
      else {
        const parts = batch[0]!.read.split?.() ?? [];
        if (parts.length > 0) waiting.unshift(...parts.map((read) => ({ read, alone: true })));
        else refused.push(batch[0]!.read);
      }
      continue;
    }
    for (const get of collect) results.push(get());
  }
  return { results, refused };
}
