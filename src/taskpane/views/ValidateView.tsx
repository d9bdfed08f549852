import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import { checkFile, extract, hasErrors, type CheckedFile, type Finding } from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { useErrorText } from "../hooks/use-error-text";
import { format, useI18n } from "../i18n/context";
import { FilePicker } from "../components/FilePicker";
import { toPayloads } from "../worker/payloads";
import type { StartJob } from "../worker/start-job";
import { FindingsList } from "./FindingsList";
import { useViewStyles } from "./styles";

function Verdict({ file, onSelect }: { file: CheckedFile; onSelect?: (f: Finding) => void }) {
  const { m, t } = useI18n();
  if (file.unusable)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{`${file.name} — ${m.validate.unusable}`}</MessageBarTitle>
          {t(file.unusable)}
        </MessageBarBody>
      </MessageBar>
    );
  const { errors, warnings } = file;
  const unit = file.unit ? `${file.unit.name} (${file.unit.code}), ${file.periodId}` : "";
  const who = [file.name, unit].filter(Boolean).join(" — ");
  return (
    <section aria-label={file.name || who}>
      <MessageBar intent={file.ready ? "success" : "error"}>
        <MessageBarBody>
          <MessageBarTitle>
            {file.ready ? m.validate.ready : format(m.validate.notReady, { errors })}
          </MessageBarTitle>
          {`${who}: ${format(m.validate.counts, { errors, warnings })}.`}
          {file.ready && ` ${m.validate.readyDetail}`}
        </MessageBarBody>
      </MessageBar>
      <FindingsList findings={file.findings} {...(onSelect ? { onSelect } : {})} />
    </section>
  );
}

export function ValidateView({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m } = useI18n();
  const errorText = useErrorText();
  const styles = useViewStyles();
  const [results, setResults] = useState<CheckedFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const live = host.live;

  async function guarded(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const validateWorkbook = () =>
    guarded(async () => {
      const extraction = extract(await live!.readGrid());
      setResults([checkFile({ source: { name: "", sha256: "" }, extraction })]);
    });

  const validateFiles = (files: File[]) =>
    guarded(async () => {
      if (files.length === 0) return;
      const job = startJob({ kind: "validate", files: await toPayloads(files) }, () => undefined);
      const result = await job.result;
      if (result.kind === "validate") setResults([...result.files]);
    });

  const allFindings = results.flatMap((r) => r.findings);
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{m.validate.heading}</Subtitle2>
      <p className={styles.intro}>{live ? m.validate.introExcel : m.validate.introFile}</p>
      <div className={styles.row}>
        {live ? (
          <>
            <Button appearance="primary" onClick={() => void validateWorkbook()} disabled={busy}>
              {m.validate.run}
            </Button>
            <Button
              onClick={() => void guarded(() => live.markFindings(allFindings))}
              disabled={busy || !hasErrors(allFindings)}
            >
              {m.validate.mark}
            </Button>
            <Button onClick={() => void guarded(() => live.clearMarks())} disabled={busy}>
              {m.validate.clearMarks}
            </Button>
          </>
        ) : (
          <FilePicker
            label={m.rollup.pickFiles}
            accept=".xlsx,.xls,.ods"
            multiple
            testId="validate-files"
            disabled={busy}
            onFiles={(files) => void validateFiles(files)}
          />
        )}
        {busy && <Spinner size="tiny" />}
      </div>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      {results.map((file) => (
        <Verdict
          key={`${file.name}-${file.sha256}`}
          file={file}
          {...(live
            ? { onSelect: (f: Finding) => void guarded(() => live.selectCell(f.sheet!, f.cell!)) }
            : {})}
        />
      ))}
    </div>
  );
}
