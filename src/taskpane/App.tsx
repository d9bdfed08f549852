import {
  Caption1,
  FluentProvider,
  Link,
  makeStyles,
  mergeClasses,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../core";
import type { WorkbookHost } from "../host/workbook-host";
import { PageNoticeBar, type PageNotice } from "./components/PageNotice";
import { PickedCampaignProvider } from "./hooks/picked-campaign";
import { I18nProvider, useI18n } from "./i18n/context";
import { onViewRequested } from "./view-request";
import { KeptViews, VIEWS, type View } from "./views/lazy-views";
import type { StartJob } from "./worker/start-job";

export type { View };

export function viewOf(name: string | null): View {
  return VIEWS.find((v) => v === name) ?? "templates";
}

const useStyles = makeStyles({
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: { display: "block" },
  language: { marginLeft: tokens.spacingHorizontalM },
  views: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  view: {
    padding: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorBrandStroke1,
  },
});

function Shell({ host, startJob, initialView, notice, onLanguage }: Props & { onLanguage: () => void }) {
  const { m } = useI18n();
  const styles = useStyles();
  const [view, setView] = useState<View>(initialView);
  // A ribbon button pressed while the pane is open switches its view (the pane is not reloaded).
  useEffect(() => onViewRequested(setView), []);
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {m.appTitle}
        </Title3>
        <Caption1>{host.kind === "excel" ? m.hostExcel : m.hostFile}</Caption1>
        {/* Excel's pane speaks Office's language; the page, opened by anyone, says it can speak the other. */}
        {host.kind === "file" && (
          <Link className={styles.language} aria-label={m.otherLanguageLabel} onClick={onLanguage}>
            {m.otherLanguage}
          </Link>
        )}
        {notice && <PageNoticeBar notice={notice} />}
        {/* Links, not arrow-key tabs: each view is one Tab press away and opens with Enter. */}
        <nav aria-label={m.viewsLabel} className={styles.views}>
          {VIEWS.map((v) => (
            <Link
              key={v}
              href={`#${v}`}
              aria-current={view === v ? "page" : undefined}
              className={mergeClasses(styles.view, view === v && styles.current)}
              onClick={(event) => {
                event.preventDefault();
                setView(v);
              }}
            >
              {m.tabs[v]}
            </Link>
          ))}
        </nav>
      </header>
      <PickedCampaignProvider>
        <KeptViews view={view} host={host} startJob={startJob} />
      </PickedCampaignProvider>
    </>
  );
}

interface Props {
  readonly host: WorkbookHost;
  readonly startJob: StartJob;
  readonly initialView: View;
  readonly notice?: PageNotice;
}

export function App({
  onLanguageChosen,
  ...props
}: Props & {
  readonly lang: Lang;
  /** Told the language the user switched the page to, to keep it for the page's next opening. */
  readonly onLanguageChosen?: (lang: Lang) => void;
}) {
  // The views keep what was picked and found: the language changes, the tree stays.
  const [lang, setLang] = useState(props.lang);
  const switchLanguage = () => {
    const other = lang === "en" ? "vi" : "en";
    setLang(other);
    onLanguageChosen?.(other);
  };
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "en" ? "en-US" : "vi-VN"}>
      <I18nProvider lang={lang}>
        <Shell {...props} onLanguage={switchLanguage} />
      </I18nProvider>
    </FluentProvider>
  );
}
