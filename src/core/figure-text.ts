import type { Text } from "./text";

const formats = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 }),
};

/** A figure as each language writes it: 1.250,5 in Vietnamese, 1,250.5 in English. */
export function figureText(value: number): Text {
  return { vi: formats.vi.format(value), en: formats.en.format(value) };
}

/** A rate as each language writes it, without a space before the sign: 75% / 75,5%. */
export function percentText(rate: number): Text {
  const shown = Math.round(rate * 10_000) / 100;
  return { vi: `${formats.vi.format(shown)}%`, en: `${formats.en.format(shown)}%` };
}
