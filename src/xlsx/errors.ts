import { fill, shown, type Param, type Text } from "../core/text/text";

/**
 * A file that was refused or could not be read. Its text is for the user; `detail` is what a library or
 * the system said, for a technical reader only (the CLI's --verbose), never part of the text.
 */
export class FileError extends Error {
  readonly text: Text;

  constructor(
    message: Text,
    readonly file: string,
    params: Readonly<Record<string, Param>> = {},
    readonly detail?: string,
  ) {
    // Every text parameter (a file, sheet or part name) comes from the user's disk or the file itself.
    const shownParams = Object.fromEntries(
      Object.entries({ ...params, file }).map(([k, v]) => [k, typeof v === "string" ? shown(v) : v]),
    );
    const text = fill(message, shownParams);
    super(`${text.vi} / ${text.en}`);
    this.name = "FileError";
    this.text = text;
  }
}
