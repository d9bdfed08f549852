/** Every user-facing string exists in Vietnamese first and English second. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export type Lang = "vi" | "en";

export function pick(text: Text, lang: Lang): string {
  return lang === "en" ? text.en : text.vi;
}

/** "Vietnamese / English", for headers that carry both languages. */
export function bilingual(text: Text): string {
  return `${text.vi} / ${text.en}`;
}

/** Fills `{name}` placeholders in both languages. */
export function fill(text: Text, params: Readonly<Record<string, string | number>>): Text {
  const sub = (s: string) =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) =>
      Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
    );
  return { vi: sub(text.vi), en: sub(text.en) };
}
