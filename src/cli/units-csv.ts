import { parse } from "csv-parse/sync";
import { fill, isUnitKind, isValidUnitCode, type ExpectedUnit } from "../core";
import { CLI_TEXT, CliError } from "./i18n";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The province's list of expected units: a CSV with code, name and optionally kind, valid_from, valid_to. */
export function parseUnitsCsv(text: string, file: string): ExpectedUnit[] {
  const records: Record<string, string>[] = parse(text.replace(/^\uFEFF/, ""), {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    skip_empty_lines: true,
    trim: true,
    delimiter: [",", ";"],
  });
  for (const column of ["code", "name"])
    if (records.length > 0 && !(column in records[0]!))
      throw new CliError(fill(CLI_TEXT.unitsCsvMissingColumn, { file, column }));
  return records.map((record, i) => {
    const line = i + 2;
    const bad = (problem: string) => new CliError(fill(CLI_TEXT.unitsCsvBadRow, { file, line, problem }));
    const code = record["code"] ?? "";
    if (!isValidUnitCode(code)) throw bad(`code "${code}"`);
    const kind = record["kind"] || undefined;
    if (kind && !isUnitKind(kind)) throw bad(`kind "${kind}"`);
    const validFrom = record["valid_from"] || undefined;
    const validTo = record["valid_to"] || undefined;
    for (const date of [validFrom, validTo]) if (date && !DATE.test(date)) throw bad(`date "${date}"`);
    return {
      code,
      name: record["name"] || code,
      ...(kind && isUnitKind(kind) ? { kind } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
    };
  });
}
