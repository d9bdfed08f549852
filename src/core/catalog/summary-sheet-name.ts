import type { TemplateDef } from "./types";

/** What names a template's copy in the summary: "TH Biểu 01". */
export const summarySheetName = (def: Pick<TemplateDef, "sheetName">) => `TH ${def.sheetName}`;
