import { fill, pick } from "../core";
import { FOLDER_LIMITS } from "../pipeline";
import type { Inputs } from "./files";
import { paragraph, type Context } from "./io";
import { WORDS } from "../core/vocabulary";

/** Says what of the given folders was not read, as the page does: nothing is left out silently. */
export function noteLeftOut(ctx: Context, inputs: Inputs): void {
  if (inputs.skipped > 0)
    ctx.io.err(paragraph(ctx, pick(fill(WORDS.cli.leftOut, { count: inputs.skipped }), ctx.lang)));
  if (inputs.archives.length > 0)
    ctx.io.err(
      paragraph(ctx, pick(fill(WORDS.cli.archivesLeftOut, { files: inputs.archives.join(", ") }), ctx.lang)),
    );
  if (inputs.setAside.length > 0)
    ctx.io.err(
      paragraph(ctx, pick(fill(WORDS.cli.setAside, { files: inputs.setAside.join(", ") }), ctx.lang)),
    );
  if (inputs.truncated)
    ctx.io.err(paragraph(ctx, pick(fill(WORDS.cli.folderTruncated, FOLDER_LIMITS), ctx.lang)));
}
