import { HostError } from "../host/workbook-host";
import type { Lang } from "../core/text/text";
import { WORDS } from "../core/vocabulary";

/**
 * What the pane shows when it cannot start: a HostError says why (an Excel too old); anything else
 * gets plain advice rather than a blank pane or the error's own text.
 */
export function StartupFailure({ error, lang }: { error: unknown; lang: Lang }) {
  const text = error instanceof HostError ? error.text : WORDS.officeErrors.startupFailed;
  return <p role="alert">{text[lang]}</p>;
}
