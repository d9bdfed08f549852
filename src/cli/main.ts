import { Command, CommanderError, Option } from "commander";
import { pick, type Lang } from "../core";
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

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Runs one command line; resolves to the exit code: 0 fine, 1 errors found in reports, 2 the command could
 * not do its work (usage, unusable input, an unwritable output, an internal error). It never throws, so no
 * stack trace reaches the user; with --verbose the technical detail follows the plain message.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exit = 0;
  const program = new Command("thidua")
    .description(
      "Thi Đua — biểu mẫu, kiểm tra và tổng hợp báo cáo thi đua công đoàn / union emulation reports",
    )
    .version(GENERATOR_VERSION)
    .addOption(new Option("--lang <lang>", "ngôn ngữ / language").choices(["vi", "en"]).default("vi"))
    .option("--verbose", "chi tiết kỹ thuật khi có lỗi / technical detail of failures")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const ctx = (): Context => {
    const { lang, verbose } = program.opts<{ lang: Lang; verbose?: boolean }>();
    return { io, lang, verbose: verbose === true };
  };

  program
    .command("catalog")
    .description("Danh mục biểu mẫu, ô và tên vùng / templates, cells and defined names")
    .option("--json", "JSON output")
    .action((options) => {
      exit = runCatalog(ctx(), options);
    });
  program
    .command("template")
    .description("Tạo biểu mẫu cho một đơn vị / write a blank template workbook for a unit")
    .requiredOption("-o, --output <file>", "tệp .xlsx kết quả / output .xlsx")
    .option("--campaign <xlsx>", "lấy chỉ tiêu, hạn nộp từ kế hoạch / targets and due date from the campaign")
    .requiredOption("--unit-code <code>", "mã đơn vị / unit code")
    .option("--unit-name <name>", "tên đơn vị / unit name")
    .option("--unit-kind <kind>", "loại đơn vị / unit kind")
    .option("--parent-code <code>", "mã đơn vị cấp trên / parent unit code")
    .requiredOption("--period <period>", "YYYY-D1, YYYY-D2 hoặc/or YYYY")
    .option("--templates <ids>", "B01,B02,B03,B04")
    .option("--target <key=value>", "chỉ tiêu / target, e.g. B01_nonstate_cla_rate=75%", collect)
    .action(async (options) => {
      exit = await runTemplate(ctx(), options);
    });
  program
    .command("validate")
    .description("Kiểm tra báo cáo / validate report workbooks")
    .argument("<files...>")
    .option("--json", "JSON output")
    .option("--all", "hiện mọi cảnh báo / show every warning")
    .action(async (files: string[], options) => {
      exit = await runValidate(ctx(), files, options);
    });
  program
    .command("rollup")
    .description("Tổng hợp báo cáo / roll received workbooks up into a summary")
    .argument("<inputs...>", "tệp hoặc thư mục / files or folders")
    .requiredOption("-o, --output <file>", "tệp tổng hợp .xlsx / summary .xlsx")
    .option(
      "--campaign <xlsx>",
      "tệp kế hoạch thi đua / campaign workbook (periods, units, targets, scoring)",
    )
    .option(
      "--units <csv>",
      "danh sách đơn vị / expected units (code,name,kind,parent,bloc,valid_from,valid_to,received)",
    )
    .option("--period <period>", "mã kỳ / period id (YYYY-D1, YYYY-D2, YYYY or the campaign's)")
    .option("--previous <xlsx>", "bảng tổng hợp kỳ trước / the previous period's summary")
    .option(
      "--jump-factor <n>",
      "cảnh báo khi số liệu thay đổi quá n lần / warn on changes beyond n-fold (3)",
    )
    .option("--parent-code <code>", "mã đơn vị tổng hợp / summary unit code")
    .option("--parent-name <name>", "tên đơn vị tổng hợp / summary unit name")
    .option("--json", "JSON report on stdout")
    .action(async (inputs: string[], options) => {
      exit = await runRollup(ctx(), inputs, options);
    });

  const campaign = program.command("campaign").description("Tệp kế hoạch thi đua / the campaign workbook");
  campaign
    .command("init")
    .description("Tạo tệp kế hoạch thi đua mặc định / write a campaign workbook with the defaults")
    .requiredOption("-o, --output <file>", "tệp .xlsx kết quả / output .xlsx")
    .requiredOption("--year <year>", "năm / year")
    .option(
      "--units <csv>",
      "danh sách đơn vị / units to list (code,name,kind,parent,bloc,valid_from,valid_to)",
    )
    .action(async (options) => {
      exit = await runCampaignInit(ctx(), options);
    });
  campaign
    .command("check")
    .description("Kiểm tra tệp kế hoạch thi đua / check a campaign workbook")
    .argument("<file>")
    .option("--json", "JSON output")
    .action(async (file: string, options) => {
      exit = await runCampaignCheck(ctx(), file, options);
    });
  program
    .command("templates")
    .description("Tạo biểu mẫu cho mọi đơn vị của kỳ / write a template for every unit expected in a period")
    .requiredOption("--campaign <xlsx>", "tệp kế hoạch thi đua / campaign workbook")
    .requiredOption("--period <id>", "mã kỳ / period id")
    .requiredOption("-o, --output <dir>", "thư mục kết quả / output folder")
    .option("--templates <ids>", "B01,B02,B03,B04")
    .action(async (options) => {
      exit = await runTemplates(ctx(), options);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const known = error instanceof CliError || error instanceof FileError;
    io.err(oneLine(pick(known ? error.text : CLI_TEXT.internalError, ctx().lang)));
    printDetail(
      ctx(),
      known ? error.detail : error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
    return 2;
  }
}
