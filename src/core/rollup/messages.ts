import { both, en, vi } from "../vocabulary";

export const ROLLUP_MESSAGES = both(vi.rollup, en.rollup);
