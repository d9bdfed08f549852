import type { Text } from "../core";

/** A usage or input problem: printed in the chosen language, exit code 2; `detail` with --verbose only. */
export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly detail?: string,
  ) {
    super(text.en);
  }
}
