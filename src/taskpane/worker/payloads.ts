import type { FilePayload } from "./protocol";

/** Reads picked or dropped files into transferable payloads (reading a File does not block the page). */
export async function toPayloads(files: readonly File[]): Promise<FilePayload[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: await file.arrayBuffer(),
      lastModified: file.lastModified,
    })),
  );
}
