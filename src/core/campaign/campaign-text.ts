import { both, en, vi } from "../vocabulary";

/** The words of the campaign workbook's sheets. */
export const CAMPAIGN_TEXT = both(vi.campaignSheets, en.campaignSheets);
