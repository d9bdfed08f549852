/**
 * An index into the styles part — a cell's `s`, an xf's `numFmtId`, `fontId`, `fillId` or `xfId`, a
 * format's own id, a rule's `dxfId` — written as Excel writes it, in digits. LibreOffice reads `301.5`,
 * `301abc` or `23x` by their leading digits and shows that style, a reader that takes the whole text
 * finds none: such a file is refused (the reader turns the error into "damaged", naming the attribute).
 */
export function styleIndex(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!DIGITS.test(value)) throw new Error(`${name}="${value.slice(0, 20)}"`);
  return Number(value);
}

/** Up to nine digits: an index past a billion is none a styles part can hold, and stays exact. */
const DIGITS = /^\d{1,9}$/;
