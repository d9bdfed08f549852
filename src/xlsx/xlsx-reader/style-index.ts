/**
 * An index into the styles part — a cell's `s`, an xf's `numFmtId`, `fontId`, `fillId` or `xfId`, a
 * format's own id, a rule's `dxfId` — written as Excel writes it, in digits. LibreOffice reads `301.5`,
 * `301abc` or `23x` by their leading digits and shows that style, a reader that takes the whole text
 * finds none: such a file is refused (the reader turns the error into "damaged", naming the attribute).
 */
export function styleIndex(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  // Up to nine digits: an index past a billion is none a styles part can hold, and stays exact. Read
  // by hand, not by a pattern: every cell's style is looked up this way, several times.
  let index = 0;
  const { length } = value;
  for (let i = 0; i < length; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return notAnIndex(value, name);
    index = index * 10 + digit;
  }
  return length >= 1 && length <= 9 ? index : notAnIndex(value, name);
}

const notAnIndex = (value: string, name: string): never => {
  throw new Error(`${name}="${value.slice(0, 20)}"`);
};
