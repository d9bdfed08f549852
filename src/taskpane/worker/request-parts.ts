import type { FilePayload, JobRequest } from "./protocol";

/**
 * A job's request as it travels to the worker: the request without its files, then the files in parts.
 * Handing a browser a thousand picked files costs a trip to the disk for each; in parts, each costs the
 * page's thread a few milliseconds instead of one long freeze.
 */
export type RequestPart =
  | { readonly part: "head"; readonly request: JobRequest; readonly files: number }
  | { readonly part: "files"; readonly files: readonly FilePayload[] };

/**
 * The page's thread for one part: well under the 100 ms of a long task. A part of 50 files took 45–80 ms
 * on two busy cores, so a part's size follows the time the last one took rather than a fixed count.
 */
export const PART_BUDGET_MS = 25;
/** Files in the first part, before anything is known of their cost here. */
export const FIRST_PART = 4;
/** The most files in one part, and how fast a part may grow over the last. */
export const MAX_PART = 200;
const GROWTH = 4;

/** The next part's size, from how long the last one of `size` files took. */
function nextSize(size: number, tookMs: number): number {
  const fits = tookMs > 0 ? Math.floor((size * PART_BUDGET_MS) / tookMs) : size * GROWTH;
  return Math.max(1, Math.min(MAX_PART, size * GROWTH, fits));
}

/** Lets the page paint and answer the user between two parts. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function postInParts(
  post: (part: RequestPart) => void,
  request: JobRequest,
  clock: () => number = () => performance.now(),
): Promise<void> {
  post({ part: "head", request: { ...request, files: [] }, files: request.files.length });
  let size = FIRST_PART;
  for (let at = 0; at < request.files.length; ) {
    await nextTask();
    const files = request.files.slice(at, at + size);
    const started = clock();
    post({ part: "files", files });
    at += files.length;
    size = nextSize(files.length, clock() - started);
  }
}

/** The worker's side: gathers the parts, and hands on the whole request once its last file is in. */
export function gatherParts(whole: (request: JobRequest) => void): (part: RequestPart) => void {
  let head: JobRequest | null = null;
  let expected = 0;
  const files: FilePayload[] = [];
  return (part) => {
    if (part.part === "head") {
      head = part.request;
      expected = part.files;
    } else files.push(...part.files);
    if (head && files.length === expected) whole({ ...head, files });
  };
}
