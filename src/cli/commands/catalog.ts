import { describeCatalog, fill, pick } from "../../core";
import { tableLines } from "../fit-table";
import { jsonText, paragraph, type Context } from "../io";
import { WORDS } from "../../core/vocabulary";

export function runCatalog(ctx: Context, options: { json?: boolean }): number {
  const catalog = describeCatalog();
  if (options.json) {
    ctx.io.out(jsonText(catalog));
    return 0;
  }
  const { lang } = ctx;
  const say = (text: string, first = "") => paragraph(ctx, text, first);
  const lines: string[] = [];
  for (const t of catalog.templates) {
    lines.push(say(`${t.id} v${t.version} — ${pick(t.title, lang)} [${t.sheet}]`));
    // A table without headings: the defined name, where it is, whether staff type it, its kind.
    const [, ...cells] = tableLines(
      [
        { header: "", cells: t.cells.map((c) => c.name) },
        { header: "", cells: t.cells.map((c) => `${c.sheet}!${c.address}`) },
        {
          header: "",
          cells: t.cells.map((c) => pick(c.input ? WORDS.cli.catalogInput : WORDS.cli.catalogComputed, lang)),
        },
        { header: "", cells: t.cells.map((c) => c.kind) },
      ],
      ctx.io.width - 2,
    );
    lines.push(...cells.map((line) => `  ${line}`));
    for (const rule of t.rules)
      lines.push(
        say(pick(fill(WORDS.cli.catalogRule, { rule: rule.id, severity: rule.severity }), lang), "  "),
      );
    for (const target of t.targets) {
      const { key, combine, cell } = target;
      const values = { key, combine, cell, value: target.default ?? "—" };
      lines.push(say(pick(fill(WORDS.cli.catalogTarget, values), lang), "  "));
    }
  }
  const keys = catalog.metadata.keys.map((k) => k.key).join(", ");
  lines.push(say(pick(fill(WORDS.cli.catalogMetadata, { sheet: catalog.metadata.sheet, keys }), lang)));
  ctx.io.out(lines.join("\n"));
  return 0;
}
