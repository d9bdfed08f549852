import { Command, CommanderError, Option } from "commander";
import { bilingual, pick, type Lang } from "../core";
import { both, en, vi } from "../core/vocabulary";
import { GENERATOR_VERSION } from "../core/version";
import { runCampaignCheck, runCampaignInit } from "./commands/campaign";
import { runCatalog } from "./commands/catalog";
import { runRollup } from "./commands/rollup";
import { runTemplate } from "./commands/template";
import { runTemplates } from "./commands/templates";
import { runValidate } from "./commands/validate";
import { FileError } from "../xlsx";
import { CLI_TEXT, CliError } from "./i18n";
import { oneLine, printDetail, processIo, type Context, type Io } from "./io";
import { refuseRepeatedOptions, usageText } from "./usage-errors";

/** Help is shown before the language option is read, so it carries both languages. */
const HELP = both(vi.cliHelp, en.cliHelp);

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Runs one command line; resolves to the exit code: 0 fine, 1 errors found in reports, 2 the command could
 * not do its work (usage, unusable input, an unwritable output, an internal error). It never throws, so no
 * stack trace reaches the user; with --verbose the technical detail follows the plain message.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exit = 0;
  const program = new Command("thidua")
    .description(bilingual(HELP.program))
    .version(GENERATOR_VERSION)
    .addOption(new Option("--lang <lang>", bilingual(HELP.lang)).choices(["vi", "en"]).default("vi"))
    .option("--verbose", bilingual(HELP.verbose))
    .exitOverride()
    // Commander's errors are said again in the user's language (usageText); its English is not shown.
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: () => undefined,
    });
  const ctx = (): Context => {
    const { lang, verbose } = program.opts<{ lang: Lang; verbose?: boolean }>();
    return { io, lang, verbose: verbose === true };
  };

  program
    .command("catalog")
    .description(bilingual(HELP.catalog))
    .option("--json", bilingual(HELP.json))
    .action((options) => {
      exit = runCatalog(ctx(), options);
    });
  program
    .command("template")
    .description(bilingual(HELP.template))
    .requiredOption("-o, --output <file>", bilingual(HELP.output))
    .option("--campaign <xlsx>", bilingual(HELP.templateCampaign))
    .requiredOption("--unit-code <code>", bilingual(HELP.unitCode))
    .option("--unit-name <name>", bilingual(HELP.unitName))
    .option("--unit-kind <kind>", bilingual(HELP.unitKind))
    .option("--parent-code <code>", bilingual(HELP.parentCode))
    .requiredOption("--period <period>", bilingual(HELP.period))
    .option("--templates <ids>", "B01,B02,B03,B04")
    .option("--target <key=value>", bilingual(HELP.target), collect)
    .action(async (options) => {
      exit = await runTemplate(ctx(), options);
    });
  program
    .command("validate")
    .description(bilingual(HELP.validate))
    .argument("<files...>")
    .option("--json", bilingual(HELP.json))
    .option("--all", bilingual(HELP.all))
    .action(async (files: string[], options) => {
      exit = await runValidate(ctx(), files, options);
    });
  program
    .command("rollup")
    .description(bilingual(HELP.rollup))
    .argument("<inputs...>", bilingual(HELP.inputs))
    .option("-o, --output <file>", bilingual(HELP.summaryOutput))
    .option("--campaign <xlsx>", bilingual(HELP.rollupCampaign))
    .option("--units <csv>", bilingual(HELP.rollupUnits))
    .option("--period <period>", bilingual(HELP.rollupPeriod))
    .option("--previous <xlsx>", bilingual(HELP.previous))
    .option("--jump-factor <n>", bilingual(HELP.jumpFactor))
    .option("--parent-code <code>", bilingual(HELP.summaryCode))
    .option("--parent-name <name>", bilingual(HELP.summaryName))
    .option("--json", bilingual(HELP.jsonReport))
    .action(async (inputs: string[], options) => {
      exit = await runRollup(ctx(), inputs, options);
    });

  const campaign = program.command("campaign").description(bilingual(HELP.campaign));
  campaign
    .command("init")
    .description(bilingual(HELP.campaignInit))
    .requiredOption("-o, --output <file>", bilingual(HELP.output))
    .requiredOption("--year <year>", bilingual(HELP.year))
    .option("--units <csv>", bilingual(HELP.campaignUnits))
    .action(async (options) => {
      exit = await runCampaignInit(ctx(), options);
    });
  campaign
    .command("check")
    .description(bilingual(HELP.campaignCheck))
    .argument("<file>")
    .option("--json", bilingual(HELP.json))
    .action(async (file: string, options) => {
      exit = await runCampaignCheck(ctx(), file, options);
    });
  program
    .command("templates")
    .description(bilingual(HELP.templates))
    .requiredOption("--campaign <xlsx>", bilingual(HELP.templatesCampaign))
    .requiredOption("--period <id>", bilingual(HELP.periodId))
    .requiredOption("-o, --output <dir>", bilingual(HELP.outputDir))
    .option("--templates <ids>", "B01,B02,B03,B04")
    .action(async (options) => {
      exit = await runTemplates(ctx(), options);
    });

  const everyCommand = (command: Command): Command[] => [command, ...command.commands.flatMap(everyCommand)];
  everyCommand(program).forEach(refuseRepeatedOptions);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      const text = usageText(error);
      if (text) io.err(oneLine(pick(text, ctx().lang)));
      return error.exitCode === 0 ? 0 : 2;
    }
    const known = error instanceof CliError || error instanceof FileError;
    io.err(oneLine(pick(known ? error.text : CLI_TEXT.internalError, ctx().lang)));
    printDetail(
      ctx(),
      known ? error.detail : error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
    return 2;
  }
}
