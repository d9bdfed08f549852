import { strFromU8, strToU8, unzipSync } from "fflate";
import { defaultTargets, layoutReport, parsePeriod, sampleForms, TEMPLATE_IDS } from "../../src/core";
import { writeWorkbookPlan } from "../../src/xlsx";
import { zipEntriesOf } from "./mutate-report";

/** A report written by our own writer, as Excel writes one (shared strings, values cached), in parts. */
export interface ReportParts {
  readonly bytes: Uint8Array;
  /** A part's XML. */
  text(part: string): string;
  /** The report with some parts replaced, or changed by a function of their XML. */
  fileWith(changes: Record<string, string | ((xml: string) => string)>): Uint8Array;
  /** Where the first form's first named input is: its name, sheet part, cell and row. */
  readonly input: {
    readonly name: string;
    readonly part: string;
    readonly cell: string;
    readonly row: string;
  };
}

export async function reportParts(): Promise<ReportParts> {
  const bytes = await writeWorkbookPlan(
    layoutReport({
      unit: { code: "CD_H01", name: "Công đoàn H01", kind: "commune", parentCode: "LDLD_T" },
      period: parsePeriod("2025-D1")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
      forms: sampleForms(TEMPLATE_IDS, 5),
    }),
  );
  const parts = new Map<string, string | Uint8Array>(
    Object.entries(unzipSync(bytes)).map(([n, d]) => [n, /\.(xml|rels)$/.test(n) ? strFromU8(d) : d]),
  );
  const text = (part: string) => parts.get(part) as string;
  const [, name, column, row] = /<definedName name="(TD_B01_[a-z_]+)">'Biểu 01'!\$([A-Z]+)\$(\d+)</.exec(
    text("xl/workbook.xml"),
  )!;
  const id = /<sheet name="Biểu 01" sheetId="\d+" r:id="(rId\d+)"/.exec(text("xl/workbook.xml"))![1]!;
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(
    text("xl/_rels/workbook.xml.rels"),
  )!;
  return {
    bytes,
    text,
    fileWith(changes) {
      const changed = new Map(parts);
      for (const [part, change] of Object.entries(changes))
        changed.set(part, typeof change === "string" ? change : change(text(part)));
      return zipEntriesOf([...changed].map(([n, d]) => [n, typeof d === "string" ? strToU8(d) : d]));
    },
    input: {
      name: name!,
      part: `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`,
      cell: `${column}${row}`,
      row: row!,
    },
  };
}
