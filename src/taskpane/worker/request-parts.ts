import type { FilePayload, JobRequest } from "./protocol";

/**
 * A job's request as it travels to the worker: the request without its files, then the files in parts.
 * Handing a browser a thousand picked files costs a trip to the disk for each; in parts, each costs the
 * page's thread a few milliseconds instead of one long freeze.
 */
export type RequestPart =
  | { readonly part: "head"; readonly request: JobRequest; readonly files: number }
  | { readonly part: "files"; readonly files: readonly FilePayload[] };

/** Files per part: a part takes the page about as long as one frame. */
export const FILES_PER_PART = 50;

/** Lets the page paint and answer the user between two parts. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function postInParts(post: (part: RequestPart) => void, request: JobRequest): Promise<void> {
  post({ part: "head", request: { ...request, files: [] }, files: request.files.length });
  for (let at = 0; at < request.files.length; at += FILES_PER_PART) {
    await nextTask();
    post({ part: "files", files: request.files.slice(at, at + FILES_PER_PART) });
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
