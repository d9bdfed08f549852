import { B01 } from "./b01-agreements";
import { B02 } from "./b02-members";
import { B03 } from "./b03-finance";
import { B04 } from "./b04-results";
import type { TemplateDef } from "./types";

/** The catalog, in the order the forms appear in a workbook. */
export const CATALOG: readonly TemplateDef[] = [B01, B02, B03, B04];
