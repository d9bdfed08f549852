import { both, en, vi } from "../vocabulary";

/** Every message of the campaign workbook's checker; {at} is "sheet!cell". */
export const CAMPAIGN_MESSAGES = both(vi.campaign, en.campaign);
