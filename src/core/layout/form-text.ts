import { both, en, vi } from "../vocabulary";

/** The words of a form sheet and its hidden metadata sheet; the catalog's labels carry the rest. */
export const FORM_TEXT = both(vi.form, en.form);
