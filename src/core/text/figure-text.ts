import type { Text } from "./text";

const formats = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 }),
};

/** A figure as each language writes it: 1.250,5 in Vietnamese, 1,250.5 in English. */
export function figureText(value: number): Text {
  if (beyondDigits(value, 1e-4)) return powerOfTen(value);
  return { vi: formats.vi.format(value), en: formats.en.format(value) };
}

const scores = {
  vi: new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/**
 * A score or points earned as the summary's cells show them (0.00), in each language's writing: 92,50 /
 * 92.50, not 92,5 in a line beside a unit's 89,14.
 */
export function scoreText(value: number): Text {
  return { vi: scores.vi.format(value), en: scores.en.format(value) };
}

/** A rate as each language writes it, without a space before the sign: 75% / 75,5%. */
export function percentText(rate: number): Text {
  const shown = Math.round(rate * 10_000) / 100;
  return { vi: `${formats.vi.format(shown)}%`, en: `${formats.en.format(shown)}%` };
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const superscript = (n: number) =>
  `${n < 0 ? "⁻" : ""}${[...String(Math.abs(n))].map((d) => SUPERSCRIPT[Number(d)]).join("")}`;
const mantissa = {
  vi: new Intl.NumberFormat("vi-VN", { maximumSignificantDigits: 4 }),
  en: new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 }),
};
const exact = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 }),
};

/**
 * A figure beyond what a number holds digit for digit (above 2⁵³, where 9007199254740993 is read as
 * …992), or too small for the decimals shown, written about in powers of ten: ≈ 1,7 × 10³⁰⁸.
 */
function powerOfTen(value: number): Text {
  // toExponential rounds to four significant digits and finds the power even below 10⁻³⁰⁸.
  const [digits, power] = value.toExponential(3).split("e") as [string, string];
  const approx = (lang: "vi" | "en") =>
    `≈ ${mantissa[lang].format(Number(digits))} × 10${superscript(Number(power))}`;
  return { vi: approx("vi"), en: approx("en") };
}

/** Whether a figure shown with `smallest` as its last decimal would be rounded away or lose digits. */
const beyondDigits = (value: number, smallest: number) =>
  Number.isFinite(value) &&
  (Math.abs(value) > Number.MAX_SAFE_INTEGER || (value !== 0 && Math.abs(value) < smallest));

/**
 * A figure a file holds, as a message quotes it: every decimal it has (up to ten) in each language's
 * writing, 0,5 / 0.5; very large or small, in powers of ten.
 */
export function messageFigure(value: number): Text {
  if (!Number.isFinite(value)) return { vi: String(value), en: String(value) };
  if (beyondDigits(value, 1e-6)) return powerOfTen(value);
  return { vi: exact.vi.format(value), en: exact.en.format(value) };
}
