import { Command, CommanderError, Option } from "commander";
import { fill, pick, UNIT_KINDS, type Lang } from "../core";
import { GENERATOR_VERSION } from "../core/version";
import { runCampaignCheck, runCampaignInit } from "./commands/campaign";
import { runCatalog } from "./commands/catalog";
import { runRollup } from "./commands/rollup";
import { runTemplate } from "./commands/template";
import { runTemplates } from "./commands/templates";
import { runValidate, SHOWN_WARNINGS } from "./commands/validate";
import { FileError } from "../xlsx/errors";
import { CliError } from "./i18n";
import { addExamples, helpWords, langIn, localizeHelp, valueWords } from "./help";
import { paragraph, printDetail, processIo, type Context, type Io } from "./io";
import { refuseRepeatedOptions, usageText } from "./usage-errors";
import { WORDS } from "../core/vocabulary";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * The program with its commands, help in `lang` at the terminal's width; each command's action hands
 * its exit code to `done`. Tests take it to parse the help's examples.
 */
export function buildProgram(io: Io, lang: Lang, done: (exit: number) => void): Command {
  const H = helpWords(lang);
  const V = valueWords(lang);
  const program = new Command("thidua");
  localizeHelp(program, lang, io.width);
  program
    .description(H.program)
    .version(GENERATOR_VERSION, "-V, --version", H.version)
    .addOption(new Option(`--lang <${V.lang}>`, H.lang).choices(["vi", "en"]).default("vi"))
    .option("--verbose", H.verbose)
    .exitOverride()
    // Commander's errors are said again in the user's language (usageText); its English is not shown.
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: () => undefined,
    });
  const ctx = (): Context => {
    const { lang: chosen, verbose } = program.opts<{ lang: Lang; verbose?: boolean }>();
    return { io, lang: chosen, verbose: verbose === true };
  };
  const templateIds = `--templates <${V.ids}>`;

  program
    .command("catalog")
    .description(H.catalog)
    .option("--json", H.json)
    .action((options) => done(runCatalog(ctx(), options)));
  program
    .command("template")
    .description(H.template)
    .requiredOption(`-o, --output <${V.file}>`, H.output)
    .option(`--campaign <${V.xlsx}>`, H.templateCampaign)
    .requiredOption(`--unit-code <${V.code}>`, H.unitCode)
    .option(`--unit-name <${V.name}>`, H.unitName)
    .option(
      `--unit-kind <${V.kind}>`,
      pick(fill(WORDS.cliHelp.unitKind, { kinds: UNIT_KINDS.map((k) => k.key).join(", ") }), lang),
    )
    .option(`--parent-code <${V.code}>`, H.parentCode)
    .requiredOption(`--period <${V.period}>`, H.period)
    .option(templateIds, H.templateIds)
    .option(`--target <${V.target}>`, H.target, collect)
    .action(async (options) => done(await runTemplate(ctx(), options)));
  program
    .command("validate")
    .description(H.validate)
    .argument(`<${V.files}>`, H.validateFiles)
    .option(`--campaign <${V.xlsx}>`, H.validateCampaign)
    .option("--json", H.json)
    .option("--all", pick(fill(WORDS.cliHelp.all, { count: SHOWN_WARNINGS }), lang))
    .action(async (files: string[], options) => done(await runValidate(ctx(), files, options)));
  program
    .command("rollup")
    .description(H.rollup)
    .argument(`<${V.files}>`, H.inputs)
    .option(`-o, --output <${V.file}>`, H.summaryOutput)
    .option(`--campaign <${V.xlsx}>`, H.rollupCampaign)
    .option(`--units <${V.csv}>`, H.rollupUnits)
    .option(`--period <${V.period}>`, H.rollupPeriod)
    .option(`--previous <${V.xlsx}>`, H.previous)
    .option(`--jump-factor <${V.n}>`, H.jumpFactor)
    .option(`--parent-code <${V.code}>`, H.summaryCode)
    .option(`--parent-name <${V.name}>`, H.summaryName)
    .option(`--parent-kind <${V.kind}>`, H.summaryKind)
    .option("--json", H.jsonReport)
    .action(async (inputs: string[], options) => done(await runRollup(ctx(), inputs, options)));

  const campaign = program.command("campaign").description(H.campaign);
  campaign
    .command("init")
    .description(H.campaignInit)
    .requiredOption(`-o, --output <${V.file}>`, H.output)
    .requiredOption(`--year <${V.year}>`, H.year)
    .option(`--units <${V.csv}>`, H.campaignUnits)
    .option(`--parent-code <${V.code}>`, H.campaignParentCode)
    .option(`--parent-name <${V.name}>`, H.campaignParentName)
    .option(`--parent-kind <${V.kind}>`, H.campaignParentKind)
    .action(async (options) => done(await runCampaignInit(ctx(), options)));
  campaign
    .command("check")
    .description(H.campaignCheck)
    .argument(`<${V.file}>`, H.campaignFile)
    .option("--json", H.json)
    .action(async (file: string, options) => done(await runCampaignCheck(ctx(), file, options)));
  program
    .command("templates")
    .description(H.templates)
    .requiredOption(`--campaign <${V.xlsx}>`, H.templatesCampaign)
    .requiredOption(`--period <${V.period}>`, H.periodId)
    .requiredOption(`-o, --output <${V.dir}>`, H.outputDir)
    .option(templateIds, H.templateIds)
    .action(async (options) => done(await runTemplates(ctx(), options)));

  for (const command of everyCommand(program)) {
    refuseRepeatedOptions(command);
    addExamples(command, lang, io.width);
  }
  return program;
}

/** The program and every command below it. */
export const everyCommand = (command: Command): Command[] => [
  command,
  ...command.commands.flatMap(everyCommand),
];

/**
 * Runs one command line; resolves to the exit code: 0 fine, 1 errors found in reports, 2 the command could
 * not do its work (usage, unusable input, an unwritable output, an internal error). It never throws, so no
 * stack trace reaches the user; with --verbose the technical detail follows the plain message.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exit = 0;
  const program = buildProgram(io, langIn(argv), (code) => {
    exit = code;
  });
  const ctx = (): Context => {
    const { lang, verbose } = program.opts<{ lang: Lang; verbose?: boolean }>();
    return { io, lang, verbose: verbose === true };
  };
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      const text = usageText(error);
      if (text) io.err(paragraph(ctx(), pick(text, ctx().lang)));
      return error.exitCode === 0 ? 0 : 2;
    }
    const known = error instanceof CliError || error instanceof FileError;
    io.err(paragraph(ctx(), pick(known ? error.text : WORDS.cli.internalError, ctx().lang)));
    printDetail(
      ctx(),
      known ? error.detail : error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
    return 2;
  }
}
