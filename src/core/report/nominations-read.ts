import { yesNoOf } from "../campaign/campaign-columns";
import {
  NOMINATION_COLUMNS,
  MOST_NOMINATION_LINES,
  NOMINATION_LINES,
  NOMINATION_SUBJECTS,
  nominationName,
  type Nomination,
  type NominationColumn,
  type NominationSubject,
} from "../catalog";
import { finding, type Finding } from "../findings/finding";
import { MAX_FIGURE } from "../form/form";
import { fromA1, toA1 } from "../grid/a1";
import type { GridCell, GridName, GridSheet } from "../grid/grid";
import { nameKey } from "../text/fold";
import { IDENTITY_MAX, identityProblem } from "./identity-text";
import { fill, replacedButLineBreaks, shown, type Text } from "../text/text";
import { WORDS } from "../vocabulary";
import { META_SHEET, NOMINATION_AWARDS, NOMINATION_LINE_COUNT, NOMINATIONS } from "./metadata";

/** A report's list of people and works proposed, as read, and what is wrong with it. */
export interface NominationsRead {
  /** The awards the report's template offered, from its TD_META: what a line may propose. */
  readonly awards: readonly { readonly award: string; readonly subject: NominationSubject }[];
  readonly nominations: readonly Nomination[];
  readonly findings: readonly Finding[];
}

/** More awards than a plan gives people and works: a hostile TD_META's list is not read further. */
const MOST_AWARDS = 100;

/**
 * The awards a report's TD_META says its list offered, or a finding at its cell when they cannot be read;
 * null when the report has no list.
 */
function declaredAwards(
  entries: ReadonlyMap<string, string>,
  cells: ReadonlyMap<string, string>,
): { awards: NominationsRead["awards"]; findings: Finding[] } | null {
  if (!entries.has(NOMINATIONS)) return null;
  const text = entries.get(NOMINATION_AWARDS) ?? "";
  const where = { sheet: META_SHEET, cell: cells.get(NOMINATION_AWARDS) ?? cells.get(NOMINATIONS) ?? "" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const pairs = Array.isArray(parsed) && parsed.length <= MOST_AWARDS ? parsed : null;
  const awards = (pairs ?? []).flatMap((pair: unknown) =>
    Array.isArray(pair) &&
    typeof pair[0] === "string" &&
    identityProblem(pair[0]) === null &&
    pair[0].trim() !== "" &&
    (NOMINATION_SUBJECTS as readonly unknown[]).includes(pair[1])
      ? [{ award: pair[0].trim(), subject: pair[1] as NominationSubject }]
      : [],
  );
  if (!pairs || awards.length !== pairs.length || awards.length === 0)
    return {
      awards: [],
      findings: [
        finding(
          "error",
          "nomination.awards_unreadable",
          fill(WORDS.nominations.awardsUnreadable, { cell: where.cell }),
          where,
        ),
      ],
    };
  return { awards, findings: [] };
}

/**
 * How many lines the list has: a unit's template does not say (NOMINATION_LINES); a summary's report that
 * passes on more proposals says how many, up to MOST_NOMINATION_LINES, or is refused at the cell.
 */
function lineCount(
  entries: ReadonlyMap<string, string>,
  cells: ReadonlyMap<string, string>,
): { lines: number; findings: Finding[] } {
  const text = entries.get(NOMINATION_LINE_COUNT);
  if (text === undefined) return { lines: NOMINATION_LINES, findings: [] };
  const lines = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (lines >= NOMINATION_LINES && lines <= MOST_NOMINATION_LINES) return { lines, findings: [] };
  const where = { sheet: META_SHEET, cell: cells.get(NOMINATION_LINE_COUNT) ?? "" };
  const said = fill(WORDS.nominations.linesUnreadable, { cell: where.cell, max: MOST_NOMINATION_LINES });
  return {
    lines: NOMINATION_LINES,
    findings: [finding("error", "nomination.lines_unreadable", said, where)],
  };
}

/** A cell of a line, where its name points, and what it holds. */
interface LineCell {
  readonly column: NominationColumn;
  readonly sheet?: GridSheet;
  readonly address?: string;
  readonly cell?: GridCell;
}

/** A subject as typed: Cá nhân, "Công trình, sáng kiến" (or either word alone), in either language or as its key. */
function subjectOf(text: string): NominationSubject | null {
  const typed = nameKey(text);
  const spellings: Record<NominationSubject, string[]> = {
    person: ["person", WORDS.nominations.person.vi, WORDS.nominations.person.en],
    work: ["work", WORDS.nominations.work.vi, WORDS.nominations.work.en, "Công trình", "Sáng kiến"],
  };
  return NOMINATION_SUBJECTS.find((s) => spellings[s].map(nameKey).includes(typed)) ?? null;
}

/** What a text cell says, as text: a number or a truth written as it reads, an error's code. */
function cellText(cell: GridCell | undefined): string {
  const value = cell?.value;
  if (!value) return "";
  return typeof value.value === "string" ? value.value : String(value.value);
}

/**
 * Reads the "Đề nghị khen thưởng" list of a report whose TD_META declares one, every cell by its defined
 * name: blank lines skipped, each line's texts as text only (a formula's result, never the formula;
 * cut to their column's length; control and text-direction characters refused), its award one the
 * template offered, its direct worker Có or Không. Null when the report declares no list.
 */
export function readNominations(
  entries: ReadonlyMap<string, string>,
  metaCells: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, GridName>,
  sheets: ReadonlyMap<string, GridSheet>,
): NominationsRead | null {
  const declared = declaredAwards(entries, metaCells);
  if (!declared) return null;
  const { lines, findings: countFindings } = lineCount(entries, metaCells);
  const findings: Finding[] = [...declared.findings, ...countFindings];
  const nominations: Nomination[] = [];
  const named = new Set<string>();
  const ends: LineCell[][] = [];
  for (let line = 1; line <= lines; line++) {
    const cells = NOMINATION_COLUMNS.map((column): LineCell => {
      const target = names.get(nominationName(line, column.key).toUpperCase());
      const sheet = target && sheets.get(target.sheet.toUpperCase());
      if (!target || !sheet) return { column };
      named.add(`${sheet.name}!${target.address}`);
      return { column, sheet, address: target.address, cell: sheet.cells.get(target.address) };
    });
    if (line === 1 || line === lines) ends.push(cells);
    const read = readLine(line, cells, declared.awards);
    findings.push(...read.findings);
    if (read.nomination) nominations.push(read.nomination);
  }
  findings.push(...outsideLines(ends[0]!, ends[1]!, named));
  return { awards: declared.awards, nominations, findings };
}

function readLine(
  line: number,
  cells: readonly LineCell[],
  awards: NominationsRead["awards"],
): { nomination?: Nomination; findings: Finding[] } {
  const findings: Finding[] = [];
  const at = (key: string) => cells.find((c) => c.column.key === key)!;
  const where = (c: LineCell) => ({ sheet: c.sheet?.name ?? "", cell: c.address ?? "" });
  const say = (severity: "error" | "warning", rule: string, text: Text, c: LineCell, params = {}) =>
    findings.push(
      finding(severity, `nomination.${rule}`, fill(text, { ...where(c), line, ...params }), where(c)),
    );

  const texts = new Map<string, string>();
  for (const c of cells) {
    if (c.cell?.formula) say("warning", "formula", WORDS.nominations.formula, c);
    const raw = cellText(c.cell).trim();
    if (replacedButLineBreaks(raw, () => "?") !== raw) {
      say("error", "unshowable", WORDS.nominations.unshowable, c);
      texts.set(c.column.key, "");
      continue;
    }
    // Line breaks stay in an achievement; a name or position reads on one line.
    const text = c.column.key === "achievement" ? raw : raw.replace(/\s*\n\s*/g, " ");
    const max = c.column.max ?? IDENTITY_MAX;
    const chars = [...text];
    if (chars.length > max) say("warning", "cut", WORDS.nominations.cut, c, { max });
    texts.set(c.column.key, chars.slice(0, max).join(""));
  }
  if (cells.every((c) => texts.get(c.column.key) === "")) return { findings };
  const name = texts.get("name")!;
  if (!name) {
    say("error", "no_name", WORDS.nominations.noName, at("name"));
    return { findings };
  }

  const awardText = texts.get("award")!;
  const award = awards.find((a) => nameKey(a.award) === nameKey(awardText));
  if (!awardText) say("error", "no_award", WORDS.nominations.noAward, at("award"), { name: shown(name, 60) });
  else if (!award)
    say("error", "unknown_award", WORDS.nominations.unknownAward, at("award"), {
      value: shown(awardText, 60),
      awards: awards.map((a) => a.award).join("; "),
    });

  const subjectText = texts.get("subject")!;
  const typedSubject = subjectText ? subjectOf(subjectText) : null;
  if (subjectText && !typedSubject)
    say("error", "bad_subject", WORDS.nominations.badSubject, at("subject"), {
      value: shown(subjectText, 60),
    });
  const subject = typedSubject ?? award?.subject ?? null;
  if (typedSubject && award && typedSubject !== award.subject)
    say("warning", "subject_mismatch", WORDS.nominations.subjectMismatch, at("subject"), {
      award: award.award,
      wanted: WORDS.nominations[award.subject],
      given: WORDS.nominations[typedSubject],
    });

  const directText = texts.get("direct_worker")!;
  const directWorker = yesNoOf(directText);
  if (directWorker === null)
    say("error", "bad_yes_no", WORDS.nominations.badYesNo, at("direct_worker"), {
      value: shown(directText, 60),
    });

  const value = moneyOf(at("value"));
  if (value === undefined)
    say("error", "bad_value", WORDS.nominations.badValue, at("value"), {
      value: shown(texts.get("value")!, 60),
    });

  if (!award || !subject || (subjectText && !typedSubject) || directWorker === null || value === undefined)
    return { findings };
  const nameCell = at("name");
  return {
    findings,
    nomination: {
      subject,
      name,
      position: texts.get("position")!,
      achievement: texts.get("achievement")!,
      value,
      award: award.award,
      directWorker,
      sheet: nameCell.sheet?.name ?? "",
      cell: nameCell.address ?? "",
      awardCell: at("award").address ?? "",
    },
  };
}

/** A sum of money as its cell holds it: null when blank, undefined when it is no whole number of đồng. */
function moneyOf(c: LineCell): number | null | undefined {
  const value = c.cell?.value;
  if (!value || (value.type === "string" && value.value.trim() === "")) return null;
  if (value.type !== "number") return undefined;
  const n = value.value;
  return Number.isInteger(n) && n >= 0 && n <= MAX_FIGURE ? n : undefined;
}

/**
 * Cells with content in the list's columns, from its first line to the blank row under its last (which
 * the signature block follows), that no line's name points at: a line inserted by hand, or one more
 * typed under the list on a sheet unprotected, whose content would otherwise be dropped unseen. The
 * signature block below is the clerk's to fill.
 */
function outsideLines(first: readonly LineCell[], last: readonly LineCell[], named: ReadonlySet<string>) {
  const sheet = first[0]?.sheet;
  const top = first[0]?.address && fromA1(first[0].address);
  const bottom = last[0]?.address && fromA1(last[0].address);
  if (!sheet || !top || !bottom || last[0]!.sheet !== sheet) return [];
  const cols = first.flatMap((c) => (c.sheet === sheet && c.address ? [fromA1(c.address)!.col] : []));
  const out: Finding[] = [];
  for (let row = top.row; row <= bottom.row + 1; row++)
    for (const col of cols) {
      const address = toA1(row, col);
      if (named.has(`${sheet.name}!${address}`) || cellText(sheet.cells.get(address)).trim() === "") continue;
      const where = { sheet: sheet.name, cell: address };
      out.push(
        finding("error", "nomination.outside_lines", fill(WORDS.nominations.outsideLines, where), where),
      );
    }
  return out;
}
