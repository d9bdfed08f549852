import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { WORDS } from "../../core/vocabulary";

/** What the page says first about where it runs: "offline" on thidua.html, "fromDisk" on index.html opened from disk. */
export type PageNotice = keyof typeof WORDS.pane.notices;

const useStyles = makeStyles({ notice: { marginTop: tokens.spacingVerticalS } });

/**
 * In both languages, Vietnamese first: whoever double-clicked the page has had no way to choose one, and
 * this is what they must read before anything else.
 */
export function PageNoticeBar({ notice }: { notice: PageNotice }) {
  const text = WORDS.pane.notices[notice];
  const styles = useStyles();
  return (
    <MessageBar
      className={styles.notice}
      intent={notice === "offline" ? "info" : "warning"}
      layout="multiline"
    >
      <MessageBarBody>
        <p lang="vi">{text.vi}</p>
        <p lang="en">{text.en}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
