import { Option, type Command, type CommanderError } from "commander";
import { fill, type Text } from "../core";
import { WORDS } from "../core/vocabulary";
import { CliError } from "./i18n";

/** The quoted parts of commander's message: the option, argument, command or value it is about. */
const quotedIn = (message: string) => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

/**
 * Commander's own errors say what is wrong in English only; they are said again in the user's language
 * from the error's code and the names commander quotes. Help and version (exit 0) are no error.
 */
export function usageText(error: CommanderError): Text | null {
  if (error.exitCode === 0) return null;
  const [first = "", second = ""] = quotedIn(error.message);
  const texts: Record<string, Text> = {
    "commander.unknownOption": fill(WORDS.cliUsage.unknownOption, { option: first }),
    "commander.unknownCommand": fill(WORDS.cliUsage.unknownCommand, { command: first }),
    "commander.missingArgument": WORDS.cliUsage.missingArgument,
    "commander.optionMissingArgument": fill(WORDS.cliUsage.optionMissingArgument, { option: first }),
    "commander.missingMandatoryOptionValue": fill(WORDS.cliUsage.missingOption, { option: first }),
    "commander.invalidArgument": fill(WORDS.cliUsage.invalidArgument, { option: first, value: second }),
    "commander.excessArguments": WORDS.cliUsage.excessArguments,
  };
  const text =
    texts[error.code] ?? fill(WORDS.cliUsage.other, { detail: error.message.replace(/^error: /, "") });
  return { vi: `${text.vi} ${WORDS.cliUsage.seeHelp.vi}`, en: `${text.en} ${WORDS.cliUsage.seeHelp.en}` };
}

/**
 * An option that takes one value is refused when given twice: commander would keep the last silently,
 * and a received file named "-o.xlsx" among the inputs would be read as a second -o.
 */
export function refuseRepeatedOptions(command: Command): void {
  for (const option of command.options as Option[]) {
    if (!(option.required || option.optional) || option.variadic || option.parseArg) continue;
    let given = false;
    command.on(`option:${option.name()}`, () => {
      if (given)
        throw new CliError(fill(WORDS.cliUsage.repeatedOption, { option: option.long ?? option.flags }));
      given = true;
    });
  }
}
