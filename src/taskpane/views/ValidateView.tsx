import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { dmy, reportAbout, type CheckedFile, type Finding } from "../../core";
import type { WorkbookHost } from "../../host/workbook-host";
import { usePickedCampaign } from "../hooks/picked-campaign";
import { useValidation } from "../hooks/use-validation";
import { format, useI18n } from "../i18n/context";
import { NoticeBar } from "../components/NoticeBar";
import { FilePicker } from "../components/FilePicker";
import { countStates, FILE_STATES } from "../results/file-rows";
import { FilesGrid } from "../results/FilesGrid";
import { useResultStyles } from "../results/styles";
import type { StartJob } from "../worker/start-job";
import { FindingsList } from "./FindingsList";
import { useViewStyles } from "./styles";

/**
 * A message bar's title, its space to the words after it its own: Fluent draws one after the title (CSS
 * ::after), which neither a copy nor a screen reader takes, and a space of ours after the title collapsed
 * into it: copied, "Chưa thể gửi: còn 2 lỗi.P100.xlsx" ran on.
 */
const Title = ({ text }: { text: string }) => <MessageBarTitle>{`${text} `}</MessageBarTitle>;

function Verdict({ file, onSelect }: { file: CheckedFile; onSelect?: (f: Finding) => void }) {
  const { m, t } = useI18n();
  if (file.unusable)
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <Title text={`${file.name} — ${m.validate.unusable}`} />
          {t(file.unusable)}
        </MessageBarBody>
      </MessageBar>
    );
  const { errors, warnings } = file;
  const about = reportAbout(file);
  const who = [file.name, about ? t(about) : ""].filter(Boolean).join(" — ");
  return (
    <section aria-label={file.name || who}>
      <MessageBar intent={file.ready ? "success" : "error"}>
        <MessageBarBody>
          <Title text={file.ready ? m.validate.ready : format(m.validate.notReady, { errors })} />
          {/* The open workbook has no file name, and no unit when it is no report: then the counts alone. */}
          {`${who ? `${who}: ` : ""}${format(m.validate.counts, { errors, warnings })}.`}
          {file.ready && ` ${m.validate.readyDetail}`}
          {file.due && ` ${format(m.campaign.due, { due: dmy(file.due) })}.`}
        </MessageBarBody>
      </MessageBar>
      <FindingsList findings={file.findings} {...(onSelect ? { onSelect } : {})} />
    </section>
  );
}

/** Many files: how many can be sent and how many cannot, then every file, the worst first. */
function ManyFiles({ job }: { job: ReturnType<typeof useValidation> }) {
  const { m } = useI18n();
  const counts = countStates(job.results);
  const styles = useResultStyles();
  return (
    <>
      <section aria-label={m.results.headline}>
        <Text as="p" weight="semibold" style={{ margin: 0 }}>
          {format(m.results.filesChecked, { count: job.results.length })}
        </Text>
        <div className={styles.stats}>
          {FILE_STATES.map((s) => (
            <Badge
              key={s}
              appearance={counts[s] > 0 ? "filled" : "outline"}
              color={counts[s] === 0 ? "informative" : s === "ready" ? "success" : "danger"}
            >{`${m.results.fileStates[s]}: ${counts[s]}`}</Badge>
          ))}
        </div>
      </section>
      <FilesGrid files={job.results} onPick={job.pick} />
      {job.picked ? (
        <Verdict file={job.picked} {...(job.select ? { onSelect: job.select } : {})} />
      ) : (
        <Caption1>{m.results.pickFile}</Caption1>
      )}
    </>
  );
}

export function ValidateView({ host, startJob }: { host: WorkbookHost; startJob: StartJob }) {
  const { m } = useI18n();
  const styles = useViewStyles();
  const job = useValidation(host, startJob);
  const [picked] = usePickedCampaign();
  const only = job.results.length === 1 ? job.results[0]! : null;
  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{m.validate.heading}</Subtitle2>
      <p className={styles.intro}>{host.live ? m.validate.introExcel : m.validate.introFile}</p>
      <Caption1 as="p" className={styles.intro}>
        {picked?.campaign
          ? format(m.validate.againstCampaign, { file: picked.file.name })
          : m.validate.noCampaign}
      </Caption1>
      <div className={styles.row}>
        {host.live ? (
          <>
            <Button appearance="primary" onClick={job.validateWorkbook} disabled={job.busy}>
              {m.validate.run}
            </Button>
            <Button onClick={job.mark} disabled={job.busy || !job.canMark}>
              {m.validate.mark}
            </Button>
            <Button onClick={job.clearMarks} disabled={job.busy}>
              {m.validate.clearMarks}
            </Button>
          </>
        ) : (
          <FilePicker
            label={m.rollup.pickFiles}
            dropLabel={m.rollup.dropHere}
            accept=".xlsx,.xlsm,.xls,.ods"
            multiple
            testId="validate-files"
            disabled={job.busy}
            onFiles={job.validateFiles}
          />
        )}
        {job.busy && <Spinner size="tiny" />}
      </div>
      {job.failure && <NoticeBar notice={job.failure} />}
      {only && <Verdict file={only} {...(job.select ? { onSelect: job.select } : {})} />}
      {job.results.length > 1 && <ManyFiles job={job} />}
    </div>
  );
}
