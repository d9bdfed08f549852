import { describeCatalog, pick } from "../../core";
import { jsonText, type Context } from "../io";

export function runCatalog(ctx: Context, options: { json?: boolean }): number {
  const catalog = describeCatalog();
  if (options.json) {
    ctx.io.out(jsonText(catalog));
    return 0;
  }
  const lines: string[] = [];
  for (const t of catalog.templates) {
    lines.push(`${t.id} v${t.version} — ${pick(t.title, ctx.lang)} [${t.sheet}]`);
    for (const cell of t.cells)
      lines.push(
        `  ${cell.name.padEnd(58)} ${cell.sheet}!${cell.address.padEnd(5)} ${cell.input ? "input" : "computed"} ${cell.kind}`,
      );
    for (const rule of t.rules) lines.push(`  rule ${rule.id} (${rule.severity})`);
    for (const target of t.targets)
      lines.push(`  target ${target.key} = ${target.default ?? "—"} (${target.combine}) → ${target.cell}`);
  }
  lines.push(`metadata: ${catalog.metadata.sheet} (${catalog.metadata.keys.map((k) => k.key).join(", ")})`);
  ctx.io.out(lines.join("\n"));
  return 0;
}
