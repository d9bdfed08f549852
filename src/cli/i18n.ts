import type { Text } from "../core";
import { both, en, vi } from "../core/vocabulary";

/** The command line's own words; the core's findings and reasons carry their own two languages. */
export const CLI_TEXT = both(vi.cli, en.cli);

/** A usage or input problem: printed in the chosen language, exit code 2; `detail` with --verbose only. */
export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly detail?: string,
  ) {
    super(text.en);
  }
}
