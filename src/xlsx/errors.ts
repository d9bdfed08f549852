import { fill, type Text } from "../core/text";
import { both, en, vi } from "../core/vocabulary";

/** Why a file was refused or could not be read, Vietnamese first; every message names the file. */
export const FILE_MESSAGES = both(vi.file, en.file);

/** A file that was refused or could not be read. */
export class FileError extends Error {
  readonly text: Text;

  constructor(
    message: Text,
    readonly file: string,
    params: Readonly<Record<string, string | number>> = {},
  ) {
    const text = fill(message, { ...params, file });
    super(`${text.vi} / ${text.en}`);
    this.name = "FileError";
    this.text = text;
  }
}
