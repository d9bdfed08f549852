import { COMMON_LIMITS, COMMON_READING } from "./common-details";
import { FIGURE_FACTS, tells, type Fact, type ReaderFacts } from "../grid/reader-facts";
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

/** What a reader's missing fact means, in the words the rest of the document uses: not seen. */
const NOT_SEEN = "không thấy / not seen";

const READERS_INTRO = `**Formats.** Each reader declares the facts it gives of a cell and of a sheet (\`ReaderFacts\`:
the .xlsx reader, SheetJS for .xls and for .ods, the workbook open in Excel), and a test keeps each list true
both ways. A fact a reader does not give is absent from every cell or sheet it reads, whatever it holds: a
class of lie is told in a format where its reader gives one of the facts the class judges beyond the figure
itself (${list(FIGURE_FACTS)}), and is not seen (${NOT_SEEN}) where it gives none.`;

const SHEET_READERS_INTRO = `**Formats.** The facts of a sheet each reader gives, as it declares them; a class judged from
them is told in a format whose reader gives one, and not seen (${NOT_SEEN}) where it gives none. An .ods
prints formulas, no zeros or a background by its page style (\`print.…\`), where an .xlsx or an .xls shows
formulas or a background by its view (\`view.…\`).`;

/** Each reader's facts of a cell or of a sheet, and those of the kind another reader gives and it never does. */
function readersTable(readers: readonly ReaderFacts[], kind: "cell" | "sheet"): string {
  const factsOf = (reader: ReaderFacts): readonly Fact[] => reader[kind];
  const every = new Set(readers.flatMap(factsOf));
  const rows = readers.map((reader) => {
    const missing = [...every].filter((fact) => !factsOf(reader).includes(fact));
    return `| ${reader.format} | ${list(factsOf(reader))} | ${list(missing)} |`;
  });
  return [
    `| Format | Facts of a ${kind} it gives | Never gives (${NOT_SEEN}) |`,
    "| --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** The formats that tell a class: all, or those that do and, by name, those that do not. */
function toldIn(facts: readonly Fact[], readers: readonly ReaderFacts[]): string {
  const [seen, unseen] = [true, false].map((told) =>
    readers.filter((reader) => tells(reader, facts) === told).map((reader) => reader.format),
  );
  if (unseen!.length === 0) return "all / tất cả";
  const notSeen = unseen!.map((format) => `**${format}: ${NOT_SEEN}**`).join(" · ");
  return seen!.length > 0 ? `${seen!.join(", ")} · ${notSeen}` : notSeen;
}

function section(card: ThreatCard, readers: readonly ReaderFacts[]): string {
  return [
    `### ${card.title}`,
    "",
    `- **Class:** ${code(card.id)} · **rules:** ${list(card.rules)} · **checked by:** ${code(`src/${card.checkedBy}`)}`,
    `- **Lie:** ${card.lie}`,
    `- **Honest twin:** ${card.twin}`,
    ...(card.facts
      ? [`- **Facts:** ${list(card.facts)} · **told in / nhận ra ở:** ${toldIn(card.facts, readers)}`]
      : []),
    ...(card.how === undefined ? [] : [`- **How it is told:** ${card.how}`]),
    ...(card.limits ?? []).map((limit) => `- **Limit:** ${limit}`),
    `- **Proof of the lie:** ${list(card.proof.lie)}`,
    `- **Proof of the twin:** ${list(card.proof.twin)}`,
  ].join("\n");
}

/**
 * The threat model as markdown: every class, by scope, with its lie, its honest twin and their tests, and
 * for a class judged from facts the formats whose reader (`readers`, as each declares its facts) can tell it.
 */
export function threatModelDoc(cards: readonly ThreatCard[], readers: readonly ReaderFacts[]): string {
  const parts = [INTRO, COMMON];
  for (const { scope, heading } of SCOPES) {
    const of = cards.filter((card) => card.scope === scope);
    if (of.length === 0) continue;
    parts.push(`## ${heading} (${of.length})`);
    if (scope === "cell") parts.push(READERS_INTRO, readersTable(readers, "cell"));
    if (scope === "sheet") parts.push(SHEET_READERS_INTRO, readersTable(readers, "sheet"));
    parts.push(...of.map((card) => section(card, readers)));
  }
  return `${parts.join("\n\n")}\n`;
}
