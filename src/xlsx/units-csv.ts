import { parse } from "csv-parse/sync";
import { isUnitKind, isValidUnitCode, type ExpectedUnit } from "../core";
import { FileError } from "./errors";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const UNITS_CSV_MESSAGES = {
  missingColumn: {
    vi: 'Danh sách đơn vị "{file}": thiếu cột {column} (cần: code, name; có thể thêm kind, valid_from, valid_to).',
    en: 'Units list "{file}": column {column} is missing (needs code, name; optional kind, valid_from, valid_to).',
  },
  badRow: {
    vi: 'Danh sách đơn vị "{file}", dòng {line}: {field} "{value}" không hợp lệ.',
    en: 'Units list "{file}", line {line}: {field} "{value}" is not valid.',
  },
  unreadable: {
    vi: 'Danh sách đơn vị "{file}" không đọc được ({detail}).',
    en: 'Units list "{file}" cannot be read ({detail}).',
  },
} as const;

function records(text: string, file: string): Record<string, string>[] {
  try {
    return parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      delimiter: [",", ";"],
    });
  } catch (error) {
    throw new FileError(UNITS_CSV_MESSAGES.unreadable, file, { detail: String((error as Error).message) });
  }
}

/** The province's list of expected units: a CSV with code, name and optionally kind, valid_from, valid_to. */
export function parseUnitsCsv(text: string, file: string): ExpectedUnit[] {
  const rows = records(text, file);
  for (const column of ["code", "name"])
    if (rows.length > 0 && !Object.prototype.hasOwnProperty.call(rows[0], column))
      throw new FileError(UNITS_CSV_MESSAGES.missingColumn, file, { column });
  return rows.map((row, i) => {
    const bad = (field: string, value: string) =>
      new FileError(UNITS_CSV_MESSAGES.badRow, file, { line: i + 2, field, value });
    const code = row["code"] ?? "";
    if (!isValidUnitCode(code)) throw bad("code", code);
    const kind = row["kind"] || undefined;
    if (kind && !isUnitKind(kind)) throw bad("kind", kind);
    const validFrom = row["valid_from"] || undefined;
    const validTo = row["valid_to"] || undefined;
    if (validFrom && !DATE.test(validFrom)) throw bad("valid_from", validFrom);
    if (validTo && !DATE.test(validTo)) throw bad("valid_to", validTo);
    return {
      code,
      name: row["name"] || code,
      ...(kind && isUnitKind(kind) ? { kind } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
    };
  });
}
