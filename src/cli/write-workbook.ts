import type { StreamedPlan } from "../core/layout/plan";
import { writeWorkbookPlan } from "../xlsx/writer/write-plan";
import { nativeDeflater } from "./native-zip-codec";

/** A workbook plan as .xlsx bytes, its parts deflated by Node's zlib. */
export const writeWorkbook = (plan: StreamedPlan, options: { readonly modified?: Date } = {}) =>
  writeWorkbookPlan(plan, { ...options, deflater: nativeDeflater });
