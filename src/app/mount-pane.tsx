import { createRoot } from "react-dom/client";
import type { Lang } from "../core/text/text";
import { App, viewOf } from "../taskpane/App";
import { startLoading } from "../taskpane/views/lazy-views";
import { languageOf } from "../taskpane/i18n/context";
import { takeRequestedView } from "../taskpane/view-request";
import { chosenLanguage, rememberLanguage } from "./page-language";
import { StartupFailure } from "./startup-failure";

type AppProps = Omit<Parameters<typeof App>[0], "initialView" | "lang" | "onLanguageChosen">;

/**
 * The pane in #root, its view asked for by a ribbon button (view-request.ts) or else from the address
 * (`?view=rollup&lang=en`), its language from the address, else the one last chosen on the page; a host
 * may change the language before the first render (Office's display language). Whatever fails while starting or
 * rendering shows plain advice rather than a blank page.
 */
export function mountPane() {
  const params = new URLSearchParams(window.location.search);
  let lang: Lang = languageOf(params.get("lang") ?? chosenLanguage());
  const fail = (error: unknown) => root.render(<StartupFailure error={error} lang={lang} />);
  const root = createRoot(document.getElementById("root")!, { onUncaughtError: fail });
  return {
    setLanguage: (tag: string) => {
      lang = languageOf(tag);
    },
    render: (props: AppProps) => {
      const view = takeRequestedView() ?? viewOf(params.get("view"));
      startLoading(view);
      root.render(<App {...props} initialView={view} lang={lang} onLanguageChosen={rememberLanguage} />);
    },
    fail,
  };
}
