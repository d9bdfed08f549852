import { useCallback } from "react";
import type { Text } from "../../core";
import { errorText } from "../../host/error-text";
import { useI18n } from "../i18n/context";

const isText = (value: unknown): value is Text =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Text).vi === "string" &&
  typeof (value as Text).en === "string";

/**
 * The one way a view turns a failure into words: the failure's own bilingual text when it has one (a
 * refused file, a host's message), an Office error's by its code, otherwise a plain sentence; the
 * detail goes to the console for whoever supports the user, never on screen.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const text = (error as { text?: unknown } | null)?.text;
      if (isText(text)) return t(text);
      console.error(error);
      return t(errorText(error));
    },
    [t],
  );
}
