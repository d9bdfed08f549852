import type { Coming } from "../../pipeline";
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

/**
 * A request's files as they come, in parts: `files` fills up to `total`, and `onMore` hears of each part.
 * The job starts at the request's head, and its files are read as they come rather than once the last
 * is in: handing a thousand files over took the page's thread 0.3–1 s, which the readers spent waiting.
 */
export interface ComingFiles extends Coming {
  /** Once every file is in. */
  readonly all: Promise<void>;
}

/** The worker's side: hands on the request at its head, its files coming in as `coming` says. */
export function gatherParts(
  start: (request: JobRequest, coming: ComingFiles) => void,
): (part: RequestPart) => void {
  const files: FilePayload[] = [];
  const listeners: (() => void)[] = [];
  let total = 0;
  let arrived: () => void = () => undefined;
  const coming: ComingFiles = {
    get total() {
      return total;
    },
    onMore: (listener) => void listeners.push(listener),
    all: new Promise<void>((resolve) => (arrived = resolve)),
  };
  return (part) => {
    if (part.part === "head") {
      total = part.files;
      start({ ...part.request, files }, coming);
    } else {
      files.push(...part.files);
      for (const listener of listeners) listener();
    }
    if (files.length === total) arrived();
  };
}
