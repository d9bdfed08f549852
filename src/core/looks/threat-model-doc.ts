import { COMMON_LIMITS, COMMON_READING } from "./common-details";
import type { ThreatCard, ThreatScope } from "./threat-card";

const SCOPES: readonly { readonly scope: ThreatScope; readonly heading: string }[] = [
  { scope: "cell", heading: "What one form cell shows" },
  { scope: "sheet", heading: "What a sheet shows or prints" },
  { scope: "workbook", heading: "What the workbook as a whole shows" },
  { scope: "container", heading: "Hostile containers" },
];

const INTRO = `# Thi Đua — threat model

_Generated from \`src/core/looks\` (\`THREAT_CLASSES\`) by \`npm run docs:threat-model\`; edit the classes there,
not this file (a test fails while the two differ)._

**In scope.** What a person can make with a spreadsheet program's ordinary commands (Excel, LibreOffice, WPS,
Google Sheets, Gnumeric) so that a report shows one figure to the people who read, print and sign it, and
sends another to the roll-up; and hostile containers (size, zip and parser attacks). **Out of scope.** A
file edited byte by byte into what no program's commands make, unless it attacks the reader itself (then it
is a hostile container); a unit's honest wrong figure, which the forms' rules and the targets catch.

**Each class names its honest twin**: what a clerk does that looks alike (a note shown, a logo, a bold total,
a coloured cell) and must be accepted. A class enters this list with a file a program's commands make, a
test that refuses it, and a test that its twin still passes.

The checks of a report's data (required figures, sums, ranges, identity, periods) are in
[checks.md](checks.md); how a received file is read before any check, in [hostile-files.md](hostile-files.md).`;

const COMMON = [
  "## What every class reads",
  COMMON_READING.map((line) => `- ${line}`).join("\n"),
  "What no class can see:",
  COMMON_LIMITS.map((line) => `- ${line}`).join("\n"),
].join("\n\n");

const code = (text: string) => `\`${text}\``;
const list = (items: readonly string[]) => (items.length > 0 ? items.map(code).join(", ") : "—");

function section(card: ThreatCard): string {
  return [
    `### ${card.title}`,
    "",
    `- **Class:** ${code(card.id)} · **rules:** ${list(card.rules)} · **checked by:** ${code(`src/${card.checkedBy}`)}`,
    `- **Lie:** ${card.lie}`,
    `- **Honest twin:** ${card.twin}`,
    ...(card.how === undefined ? [] : [`- **How it is told:** ${card.how}`]),
    ...(card.limits ?? []).map((limit) => `- **Limit:** ${limit}`),
    `- **Proof of the lie:** ${list(card.proof.lie)}`,
    `- **Proof of the twin:** ${list(card.proof.twin)}`,
  ].join("\n");
}

/** The threat model as markdown: every class, by scope, with its lie, its honest twin and their tests. */
export function threatModelDoc(cards: readonly ThreatCard[]): string {
  const parts = [INTRO, COMMON];
  for (const { scope, heading } of SCOPES) {
    const of = cards.filter((card) => card.scope === scope);
    if (of.length === 0) continue;
    parts.push(`## ${heading} (${of.length})`, ...of.map(section));
  }
  return `${parts.join("\n\n")}\n`;
}
