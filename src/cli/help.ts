import type { Command, Option } from "commander";
import type { Lang } from "../core";
import { en, vi } from "../core/vocabulary";
import { commandLines } from "./command-line";
import { EXAMPLES } from "./help-examples";

/** The help's words and the names of what options take, in one language. */
export const helpWords = (lang: Lang) => (lang === "en" ? en : vi).cliHelp;
export const valueWords = (lang: Lang) => (lang === "en" ? en : vi).cliValues;

/**
 * The language asked for by --lang, read before the program is built: its help is written in one
 * language, and `thidua rollup --help --lang en` shows it before commander would read the option.
 */
export function langIn(argv: readonly string[]): Lang {
  const end = argv.indexOf("--");
  const args = end < 0 ? argv : argv.slice(0, end);
  let lang: Lang = "vi";
  args.forEach((arg, i) => {
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "en" || value === "vi") lang = value;
  });
  return lang;
}

/** The path of a command below the program ("campaign init"); the program's own is "". */
const pathOf = (command: Command): string =>
  command.parent ? [pathOf(command.parent), command.name()].filter(Boolean).join(" ") : "";

/**
 * The program's help in one language, at the terminal's width: commander's own titles and words said
 * again, an option's description as written (the choices and default are in it), and under each
 * command its examples. Set on the program before its commands, which take it over.
 */
export function localizeHelp(program: Command, lang: Lang, width: number): void {
  const words = helpWords(lang);
  const titles: Record<string, string> = {
    "Usage:": words.usageTitle,
    "Arguments:": words.argumentsTitle,
    "Options:": words.optionsTitle,
    "Commands:": words.commandsTitle,
  };
  const local = (usage: string) =>
    usage.replace("[options]", words.optionsWord).replace("[command]", words.commandWord);
  program
    .helpOption("-h, --help", words.help)
    .helpCommand(`help [${valueWords(lang).command}]`, words.helpCommand)
    .configureHelp({
      helpWidth: width,
      styleTitle: (title) => titles[title] ?? title,
      styleUsage: local,
      styleSubcommandTerm: local,
      optionDescription: (option: Option) => option.description ?? "",
    });
}

/** A command's examples as its help shows them after everything else, each fitted to the width. */
export function addExamples(command: Command, lang: Lang, width: number): void {
  const examples = EXAMPLES[pathOf(command)];
  if (!examples) return;
  command.addHelpText("after", () =>
    [
      `\n${helpWords(lang).examplesTitle}`,
      ...examples.flatMap((args) => commandLines(args, width, "  ")),
    ].join("\n"),
  );
}
