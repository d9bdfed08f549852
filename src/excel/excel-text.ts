import { both, en, vi } from "../core/vocabulary";

/** What the add-in says when Excel itself stands in the way. */
export const EXCEL_TEXT = both(vi.excel, en.excel);
