import { parse } from "csv-parse/sync";
import {
  cellDate,
  columnKey,
  isValidUnitCode,
  namesUnitItself,
  unitCodeList,
  unitKey,
  unitKindOf,
  type CampaignUnit,
} from "../../core";
import { IDENTITY_MAX, identityProblem, tooLong } from "../../core/report/identity-text";
import { vietnamDate } from "../../core/rollup/lateness";
import { FileError } from "../errors";
import { csvText } from "./csv-text";
import { WORDS } from "../../core/vocabulary";

/** A province lists a few thousand units at most, well under 100 KiB; anything far bigger is a wrong file. */
const MAX_BYTES = 1024 * 1024;

interface Rows {
  readonly header: readonly string[];
  /**
   * Each row with its number as a spreadsheet program shows it: the header, blank lines and rows before it
   * counted. That is its line in the text unless a quoted value breaks across lines.
   */
  readonly rows: readonly { readonly line: number; readonly row: Record<string, string> }[];
}

/**
 * Commas, or semicolons where the header has more of them: a comma-decimal locale's CSV (Excel on a
 * Vietnamese Windows) quotes only values holding a semicolon, and a comma in a name or in a kind
 * ("Công đoàn xã, phường, đặc khu") is no separator there. Tabs alone in Excel's "Unicode Text".
 */
function separator(text: string): "," | ";" {
  const header = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
  const count = (mark: string) => header.split(mark).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function records({ text, tabs }: { readonly text: string; readonly tabs: boolean }, file: string): Rows {
  let header: string[] = [];
  try {
    const parsed = parse(text, {
      // Headers as the campaign's TD_Units writes them (Mã đơn vị…) or as its English keys (code…).
      columns: (names: string[]) => (header = names.map((h) => columnKey("TD_Units", h))),
      skip_empty_lines: true,
      trim: true,
      delimiter: tabs ? "\t" : separator(text),
      info: true,
    }) as { info: { records: number; empty_lines: number }; record: Record<string, string> }[];
    return {
      header,
      rows: parsed.map(({ info, record }) => ({ line: 1 + info.records + info.empty_lines, row: record })),
    };
  } catch (error) {
    throw new FileError(
      WORDS.unitsList.unreadable,
      file,
      {},
      error instanceof Error ? error.message : String(error),
    );
  }
}

/**
 * The province's list of expected units: a CSV with the columns of the campaign's TD_Units table, code
 * and name, and optionally kind, parent, bloc, valid_from, valid_to, successors (a dissolved unit's
 * successors' codes), moved_in_from (the unit a unit moved in from, its valid_from then a move), received
 * (when this period's report arrived) and corrections (how many times it was sent again corrected). An empty list is refused, since every unit would then be reported as unexpected.
 */
export function parseUnitsCsv(bytes: Uint8Array, file: string): CampaignUnit[] {
  if (bytes.length > MAX_BYTES) throw new FileError(WORDS.unitsList.tooLarge, file, { max: MAX_BYTES });
  const { header, rows } = records(csvText(bytes, file), file);
  if (header.length === 0) throw new FileError(WORDS.unitsList.empty, file);
  for (const column of ["code", "name"])
    if (!header.includes(column)) throw new FileError(WORDS.unitsList.missingColumn, file, { column });
  if (rows.length === 0) throw new FileError(WORDS.unitsList.empty, file);
  const firstLines = new Map<string, number>();
  const units = rows.map(({ line, row }) => {
    const unit = unitOfRow(line, row, file);
    const key = unitKey(unit.code);
    const first = firstLines.get(key);
    if (first !== undefined)
      throw new FileError(WORDS.unitsList.duplicate, file, { code: unit.code, line, first });
    firstLines.set(key, line);
    return unit;
  });
  // A successor is a unit of the list, checked once every line is read since it may come further down.
  for (const [i, unit] of units.entries()) {
    const unknown = unit.successors?.find((code) => !firstLines.has(unitKey(code)));
    if (unknown)
      throw new FileError(WORDS.unitsList.unknownSuccessor, file, { line: rows[i]!.line, code: unknown });
  }
  return units;
}

function unitOfRow(line: number, row: Record<string, string>, file: string): CampaignUnit {
  const bad = (field: string, value: string) =>
    new FileError(WORDS.unitsList.badRow, file, { line, field, value });
  const code = row["code"] ?? "";
  if (!isValidUnitCode(code)) throw bad("code", code);
  const name = row["name"] || code;
  if (tooLong(name)) throw new FileError(WORDS.unitsList.longName, file, { line, max: IDENTITY_MAX });
  // Held to the rules of a report's own identity fields: these names reach the same cells and lines.
  const badText = (field: string, text: string) => {
    const reason = identityProblem(text);
    if (reason) throw new FileError(WORDS.unitsList.badText, file, { line, field, reason });
  };
  badText("name", name);
  const kindText = row["kind"] || undefined;
  const kind = kindText ? unitKindOf(kindText) : undefined;
  if (kindText && !kind) throw bad("kind", kindText);
  // Dates as the campaign's TD_Units takes them: 2025-07-01 or 01/07/2025.
  const date = (field: string) => {
    const typed = row[field];
    if (!typed) return undefined;
    const iso = cellDate({ type: "string", value: typed });
    if (!iso) throw bad(field, typed);
    return iso;
  };
  const validFrom = date("valid_from");
  const validTo = date("valid_to");
  const parent = row["parent"] || undefined;
  if (parent && !isValidUnitCode(parent)) throw bad("parent", parent);
  const bloc = row["bloc"] || undefined;
  if (bloc && tooLong(bloc)) throw bad("bloc", bloc.slice(0, 40));
  if (bloc) badText("bloc", bloc);
  const successors = unitCodeList(row["successors"] ?? "");
  const badSuccessor = successors.find((c) => !isValidUnitCode(c));
  if (badSuccessor) throw bad("successors", badSuccessor);
  // Its start is a move, its budget the year's: without the day it moved, the days it carries are unknown.
  const movedInFrom = row["moved_in_from"] || undefined;
  if (movedInFrom) badText("moved_in_from", movedInFrom);
  if (movedInFrom && !validFrom) throw new FileError(WORDS.unitsList.movedInWithoutStart, file, { line });
  if (movedInFrom && namesUnitItself(movedInFrom, { code, name }))
    throw new FileError(WORDS.unitsList.movedInFromItself, file, { line });
  const typedReceived = row["received"] || undefined;
  // A received time may carry its hour (2026-01-15T16:30), read as lateness reads it; a day alone is
  // taken in either spelling.
  const received = typedReceived && vietnamDate(typedReceived) ? typedReceived : date("received");
  // How many times staff recorded this period's report as sent again corrected, for points off.
  const typedCorrections = row["corrections"] || "";
  if (!/^\d+$/.test(typedCorrections) && typedCorrections !== "") throw bad("corrections", typedCorrections);
  const corrections = typedCorrections === "" ? 0 : Number(typedCorrections);
  return {
    code,
    name,
    ...(kind ? { kind } : {}),
    ...(parent ? { parentCode: parent } : {}),
    ...(bloc ? { bloc } : {}),
    ...(validFrom ? { validFrom } : {}),
    ...(validTo ? { validTo } : {}),
    ...(successors.length > 0 ? { successors } : {}),
    ...(movedInFrom ? { movedInFrom } : {}),
    ...(received ? { received } : {}),
    ...(corrections > 0 ? { corrections } : {}),
  };
}
