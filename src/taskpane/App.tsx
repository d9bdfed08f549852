import {
  Caption1,
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../core";
import type { WorkbookHost } from "../host/workbook-host";
import { I18nProvider, useI18n } from "./i18n/context";
import { RollupView } from "./views/RollupView";
import { TemplatesView } from "./views/TemplatesView";
import { ValidateView } from "./views/ValidateView";
import type { StartJob } from "./worker/start-job";

export type View = "templates" | "validate" | "rollup";

export const VIEWS: readonly View[] = ["templates", "validate", "rollup"];

export function viewOf(name: string | null): View {
  return VIEWS.find((v) => v === name) ?? "templates";
}

const useStyles = makeStyles({
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: { display: "block" },
});

function Shell({ host, startJob, initialView }: Props) {
  const { m } = useI18n();
  const styles = useStyles();
  const [view, setView] = useState<View>(initialView);
  return (
    <>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {m.appTitle}
        </Title3>
        <Caption1>{host.kind === "excel" ? m.hostExcel : m.hostFile}</Caption1>
        <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
          {VIEWS.map((v) => (
            <Tab key={v} value={v}>
              {m.tabs[v]}
            </Tab>
          ))}
        </TabList>
      </header>
      <main>
        {view === "templates" && <TemplatesView host={host} startJob={startJob} />}
        {view === "validate" && <ValidateView host={host} startJob={startJob} />}
        {view === "rollup" && <RollupView host={host} startJob={startJob} />}
      </main>
    </>
  );
}

interface Props {
  readonly host: WorkbookHost;
  readonly startJob: StartJob;
  readonly initialView: View;
}

export function App(props: Props & { readonly lang: Lang }) {
  return (
    <FluentProvider theme={webLightTheme} lang={props.lang === "en" ? "en-US" : "vi-VN"}>
      <I18nProvider lang={props.lang}>
        <Shell {...props} />
      </I18nProvider>
    </FluentProvider>
  );
}
