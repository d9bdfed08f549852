/** A whole share of the first colour, in 128ths. */
export const WHOLE = 0x80;

/**
 * Two colours ("RRGGBB") mixed as LibreOffice mixes them (ScfTools::GetMixedColor): `share` 128ths of the
 * first, each channel's difference cut toward zero.
 */
export function mixed(first: string, second: string, share: number): string {
  return [0, 2, 4]
    .map((i) => {
      const [a, b] = [first, second].map((rgb) => parseInt(rgb.slice(i, i + 2), 16)) as [number, number];
      return (Math.trunc(((a - b) * share) / WHOLE) + b).toString(16).padStart(2, "0");
    })
    .join("")
    .toUpperCase();
}
