import { checkAgainstCampaign, dmy, fill, groupFindings, pick, reportAbout } from "../../core";
import { requireCampaign } from "../campaign-file";
import { groupLine } from "../finding-line";
import { collectInputs } from "../files";
import { noteLeftOut } from "../left-out";
import { validateOutcome } from "../outcome-line";
import { readForValidation } from "../read-pool";
import { paragraph, printDetail, type Context, jsonText } from "../io";
import { WORDS } from "../../core/vocabulary";

/** Lines of warnings shown without --all, each one rule of a sheet however many cells it names. */
export const SHOWN_WARNINGS = 10;

/**
 * Exit 0: every file ready; 1: a file has errors or cannot be read, which is a finding about that file as
 * much as an error is; 2 (thrown) only where the command cannot run: its usage, a path or campaign it cannot use.
 */
export async function runValidate(
  ctx: Context,
  files: string[],
  options: { json?: boolean; all?: boolean; campaign?: string },
): Promise<number> {
  const campaign = options.campaign ? await requireCampaign(ctx, options.campaign) : undefined;
  const inputs = await collectInputs(files, options.campaign ? [options.campaign] : []);
  noteLeftOut(ctx, inputs);
  const outcomes = await readForValidation(inputs.files);
  const results = outcomes.map((o) => (campaign ? checkAgainstCampaign(o.file, campaign) : o.file));
  const details = new Map(outcomes.flatMap((o, i) => (o.detail ? [[results[i]!, o.detail] as const] : [])));
  const exit = results.every((r) => r.ready) ? 0 : 1;
  if (options.json) {
    ctx.io.out(jsonText({ files: results }));
    return exit;
  }
  for (const r of results) {
    if (r.unusable) {
      ctx.io.out(
        paragraph(
          ctx,
          `✗ ${r.name} — ${pick(WORDS.cli.unusable, ctx.lang)}: ${pick(r.unusable, ctx.lang)}`,
          "",
          "  ",
        ),
      );
      printDetail(ctx, details.get(r));
      continue;
    }
    const about = reportAbout(r);
    const head = about ? pick(about, ctx.lang) : "";
    const counts = pick(fill(WORDS.cli.counts, { errors: r.errors, warnings: r.warnings }), ctx.lang);
    const mark = r.ready ? "✓" : "✗";
    const ready = r.ready ? ` — ${pick(WORDS.cli.readyToSubmit, ctx.lang)}` : "";
    const due = r.due ? ` — ${pick(fill(WORDS.cli.due, { due: dmy(r.due) }), ctx.lang)}` : "";
    ctx.io.out(paragraph(ctx, `${mark} ${r.name} — ${head}: ${counts}${ready}${due}`, "", "  "));
    const groups = groupFindings(r.findings);
    const errors = groups.filter((g) => g.severity === "error");
    const warnings = groups.filter((g) => g.severity === "warning");
    const shown = options.all ? warnings : warnings.slice(0, SHOWN_WARNINGS);
    for (const g of [...errors, ...shown]) ctx.io.out(groupLine(g, ctx.lang, ctx.io.width));
    // The warnings left out, counted as the head line counts them: findings, not lines.
    const hidden = warnings.slice(shown.length).reduce((n, g) => n + g.findings.length, 0);
    if (hidden > 0)
      ctx.io.out(paragraph(ctx, pick(fill(WORDS.cli.moreWarnings, { count: hidden }), ctx.lang), "  "));
  }
  ctx.io.out(paragraph(ctx, pick(validateOutcome(results), ctx.lang)));
  return exit;
}
