import { fill } from "../core/text/text";
import { HostError } from "./workbook-host";
import { WORDS } from "../core/vocabulary";

/** Places listed in full before the rest are counted: a pane's message stays a few lines long. */
const LISTED = 8;

/** The user's formulas and names a write would break, and the sheets they point at. */
export interface BrokenReferences {
  readonly sheets: readonly string[];
  readonly places: readonly string[];
  /** Sheets too large to read: they may hold more. */
  readonly unchecked: readonly string[];
}

/**
 * writeSummary's answer when the user's own formulas or names point at the sheets a new summary would
 * replace (they would turn to #REF!), and breaking them was not accepted: nothing was changed. The pane
 * says exactly which, and writes again with `breakReferences` only if the user says so.
 */
export class ReferencesWouldBreak extends HostError {
  constructor(readonly broken: BrokenReferences) {
    const { sheets, places, unchecked } = broken;
    const listed = places.slice(0, LISTED).join(", ");
    const rest = places.length - LISTED;
    const more = fill(WORDS.officeErrors.andMore, { count: rest });
    const text = fill(WORDS.officeErrors.referencesBreak, {
      sheets: sheets.join(", "),
      count: places.length,
      places: rest > 0 ? { vi: `${listed} ${more.vi}`, en: `${listed} ${more.en}` } : listed,
    });
    const unread =
      unchecked.length > 0
        ? fill(WORDS.officeErrors.referencesUnchecked, { sheets: unchecked.join(", ") })
        : null;
    super(unread ? { vi: `${text.vi} ${unread.vi}`, en: `${text.en} ${unread.en}` } : text);
    this.name = "ReferencesWouldBreak";
  }
}
