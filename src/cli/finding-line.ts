import { pick, type Finding, type Lang } from "../core";
import { CLI_TEXT } from "./i18n";
import { oneLine } from "./io";

/** One finding as a terminal line: severity, where, the message in the chosen language, the rule. */
export function findingLine(f: Finding, lang: Lang): string {
  const where = f.sheet ? `${f.sheet}!${f.cell ?? ""}` : "";
  const severity = pick(f.severity === "error" ? CLI_TEXT.error : CLI_TEXT.warning, lang);
  return oneLine(
    `  ${severity.padEnd(9)} ${where.padEnd(12)} ${lang === "en" ? f.message_en : f.message_vi}  [${f.rule}]`,
  );
}
