import { both, en, vi } from "./vocabulary";

/** Every message the core's reading and checking of a report produces. Placeholders are filled with `fill`. */
export const MESSAGES = both(vi.report, en.report);
