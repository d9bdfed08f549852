import { DEFAULT_LIMITS } from "../../xlsx/limits";
import type { FilePayload } from "./protocol";

const NOTHING = new ArrayBuffer(0);

/**
 * Reads picked or dropped files into transferable payloads (reading a File does not block the page).
 * An oversized file is not read at all: the worker refuses it by its size.
 */
export async function toPayloads(files: readonly File[]): Promise<FilePayload[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: file.size > DEFAULT_LIMITS.maxFileBytes ? NOTHING.slice(0) : await file.arrayBuffer(),
      lastModified: file.lastModified,
      size: file.size,
    })),
  );
}
