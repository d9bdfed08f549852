import { execFileSync } from "node:child_process";
import path from "node:path";
import type { ClerkCase, Format } from "./cases";

/** Gnumeric's converter; "--recalc" recomputes every formula before saving, as Gnumeric open does. */
const ssconvert = (args: readonly string[]) =>
  execFileSync("ssconvert", args, { stdio: "pipe", timeout: 60_000 });

interface GnumericChange {
  readonly words: string;
  readonly format: Format;
  /** Converts `input` (the filled report, or a LibreOffice case's output) to `out`. */
  readonly run: (input: string, out: string) => void;
  /** The LibreOffice case (an .xlsx) it starts from, rather than the openpyxl-filled file. */
  readonly after?: string;
}

const GNUMERIC_CHANGES: Record<string, GnumericChange> = {
  resave: { words: "opened and saved", format: "xlsx", run: (input, out) => ssconvert([input, out]) },
  to_xls: { words: "saved as Excel 97–2003", format: "xls", run: (input, out) => ssconvert([input, out]) },
  to_ods: { words: "saved as OpenDocument", format: "ods", run: (input, out) => ssconvert([input, out]) },
  recalc: {
    words: "recalculated and saved",
    format: "xlsx",
    run: (input, out) => ssconvert(["--recalc", input, out]),
  },
  recalc_xls: {
    words: "recalculated and saved as Excel 97–2003",
    format: "xls",
    run: (input, out) => ssconvert(["--recalc", input, out]),
  },
  own_format: {
    words: "saved in Gnumeric's own format, then back as .xlsx",
    format: "xlsx",
    run: (input, out) => {
      const own = `${out}.gnumeric`;
      ssconvert([input, own]);
      ssconvert([own, out]);
    },
  },
  after_libreoffice: {
    words: "recalculated and saved a report LibreOffice had saved before",
    format: "xlsx",
    run: (input, out) => ssconvert(["--recalc", input, out]),
    after: "libreoffice-en-US-nothing-xlsx",
  },
  formula_after_libreoffice: {
    words:
      "recalculated and saved as Excel 97–2003 a report whose input LibreOffice's clerk made ='Biểu 02'!C9",
    format: "xls",
    run: (input, out) => ssconvert(["--recalc", input, out]),
    after: "libreoffice-en-US-other_form_reference-xlsx",
  },
};

export const GNUMERIC_CASES: readonly ClerkCase[] = Object.entries(GNUMERIC_CHANGES).map(
  ([change, { words, format }]) => ({
    id: `gnumeric-${change}`,
    name: `Gnumeric (ssconvert), .${format}: ${words}`,
    program: "Gnumeric",
    change,
    format,
  }),
);

/** Runs the Gnumeric cases into `dir`: for each, null or what went wrong. */
export function runGnumeric(filled: string, dir: string): Record<string, string | null> {
  const outcome: Record<string, string | null> = {};
  for (const clerkCase of GNUMERIC_CASES) {
    const change = GNUMERIC_CHANGES[clerkCase.change]!;
    const input = change.after ? path.join(dir, `${change.after}.xlsx`) : filled;
    try {
      change.run(input, path.join(dir, `${clerkCase.id}.${clerkCase.format}`));
      outcome[clerkCase.id] = null;
    } catch (error) {
      outcome[clerkCase.id] = String(error);
    }
  }
  return outcome;
}
