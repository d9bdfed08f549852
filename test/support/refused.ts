import { FileError, readWorkbookGrid } from "../../src/xlsx";

/** Whether a file named `name` is refused as one no reader can trust (a FileError), rather than read. */
export function refused(bytes: Uint8Array, name: string): boolean {
  try {
    readWorkbookGrid(bytes, name);
    return false;
  } catch (error) {
    return error instanceof FileError;
  }
}
