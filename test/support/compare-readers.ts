import { isDeepStrictEqual } from "util";
import { extract, validate, type Extraction, type Finding, type Text } from "../../src/core";
import { FileError } from "../../src/xlsx";
import { readWorkbookGrid } from "../../src/xlsx/sheetjs/read-grid";
import { readReportGrid } from "../../src/xlsx/xlsx-reader/read-report-grid";

/** What a reader made of a file: the report and its findings, or the reason it was refused. */
export type Outcome =
  | {
      readonly read: true;
      readonly extraction: Extraction;
      readonly findings: readonly Finding[];
      modifiedAt?: string;
    }
  | { readonly read: false; readonly reason: Text };

function outcome(read: () => ReturnType<typeof readWorkbookGrid>): Outcome {
  try {
    const grid = read();
    const extraction = extract(grid);
    return {
      read: true,
      extraction,
      findings: validate(extraction),
      ...(grid.modifiedAt ? { modifiedAt: grid.modifiedAt } : {}),
    };
  } catch (error) {
    if (error instanceof FileError) return { read: false, reason: error.text };
    throw error;
  }
}

export const fastOutcome = (bytes: Uint8Array, file = "r.xlsx") => outcome(() => readReportGrid(bytes, file));

/**
 * The findings of one rule, each as the fields asked for (its severity and cell unless told), or
 * "refused" where the file is not read at all.
 */
export const ruled = (
  outcome: Outcome,
  rule: string,
  fields: readonly ("severity" | "sheet" | "cell")[] = ["severity", "cell"],
) =>
  outcome.read
    ? outcome.findings.filter((f) => f.rule === rule).map((f) => fields.map((field) => f[field]))
    : ["refused"];
/** The findings of one rule, none where the file is not read at all. */
export const findingsOf = (outcome: Outcome, rule: string) =>
  outcome.read ? outcome.findings.filter((f) => f.rule === rule) : [];

export const sheetJsOutcome = (bytes: Uint8Array, file = "r.xlsx") =>
  outcome(() => readWorkbookGrid(bytes, file));

/**
 * What the report reader and the SheetJS path must agree on for an .xlsx: all but how the form's texts are
 * laid out (alignment, indent, font size, column width) and the sizes a cell is drawn in, which only the report
 * reader reads (SheetJS keeps no indent or font size of a cell) and cut-texts.interop.test.ts and
 * drawn-sizes.test.ts test on their own.
 */
export function withoutTextLayout(outcome: Outcome): Outcome {
  if (!outcome.read) return outcome;
  return {
    ...outcome,
    extraction: withoutLayoutKeys(outcome.extraction) as Extraction,
    findings: outcome.findings.filter((f) => f.rule !== "cell.text_cut"),
  };
}

const LAYOUT_KEYS = new Set(["judgedTexts", "textLayout", "drawnSizes"]);

function withoutLayoutKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLayoutKeys);
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype)
    return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !LAYOUT_KEYS.has(key))
      .map(([key, inner]) => [key, withoutLayoutKeys(inner)]),
  );
}

/**
 * Whether `expect(actual).toEqual(expected)` passes. Values strictly deep-equal pass it and are told apart
 * first, by Node's own walk: Jest's, with its diff thrown away, cost the fuzz test a fifth of its CPU.
 */
export function passesToEqual(actual: unknown, expected: unknown): boolean {
  if (isDeepStrictEqual(actual, expected)) return true;
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

const INTERNALS = ["undefined", "TypeError", "Cannot read", "is not a function", "at ", "    at"];

/** A refusal a person can act on: both languages present, no JavaScript internals. */
export function isClearRefusal(reason: Text): boolean {
  return [reason.vi, reason.en].every((t) => t.trim() !== "" && !INTERNALS.some((bad) => t.includes(bad)));
}
