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
export const sheetJsOutcome = (bytes: Uint8Array, file = "r.xlsx") =>
  outcome(() => readWorkbookGrid(bytes, file));

const INTERNALS = ["undefined", "TypeError", "Cannot read", "is not a function", "at ", "    at"];

/** A refusal a person can act on: both languages present, no JavaScript internals. */
export function isClearRefusal(reason: Text): boolean {
  return [reason.vi, reason.en].every((t) => t.trim() !== "" && !INTERNALS.some((bad) => t.includes(bad)));
}
