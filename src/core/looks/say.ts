import { finding, type Finding } from "../findings/finding";
import { fill, type Param, type Text } from "../text/text";
import type { About } from "./cell-lie";
import type { LookRule } from "./look-rules";

/** A finding of `rule` about the cell, its message naming the cell's label and figure. */
export const sayOf =
  (rule: LookRule, text: Text, params: Readonly<Record<string, Param>> = {}) =>
  (about: About): Finding =>
    finding("error", rule, fill(text, { ...params, label: about.label, value: about.figure }), about.where);

/** A finding that the form does not show the figure, and why. */
export const unshown = (why: Text, params: Readonly<Record<string, Param>> = {}) =>
  sayOf("cell.hidden", why, params);

/** A size in points or characters as a message writes it: to a tenth. */
export const tenths = (size: number): number => Math.round(size * 10) / 10;
