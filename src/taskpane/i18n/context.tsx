import { createContext, useContext, type ReactNode } from "react";
import type { Lang, Text } from "../../core";
import { displayed } from "../../core/text/text";
import { en, vi, type Vocabulary } from "../../core/vocabulary";

type Messages = Vocabulary["pane"];

const CATALOGS: Record<Lang, Messages> = { vi: vi.pane, en: en.pane };

interface I18n {
  readonly lang: Lang;
  readonly m: Messages;
  /** The core's bilingual texts (findings, reasons, labels) in the pane's language. */
  readonly t: (text: Text) => string;
  readonly number: (value: number) => string;
  readonly percent: (value: number) => string;
}

function makeI18n(lang: Lang): I18n {
  const locale = lang === "en" ? "en-US" : "vi-VN";
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return {
    lang,
    m: CATALOGS[lang],
    t: (text) => text[lang],
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value),
  };
}

const I18nContext = createContext<I18n>(makeI18n("vi"));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext.Provider value={makeI18n(lang)}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);

/** Fills "{name}" placeholders of a catalog message; a value is displayed as the core's fill does it. */
export function format(message: string, params: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? displayed(String(params[key])) : whole,
  );
}

/** Vietnamese unless the host asks for English. */
export function languageOf(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith("en") ? "en" : "vi";
}
