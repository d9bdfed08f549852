import { Button, makeStyles, shorthands, Text, tokens } from "@fluentui/react-components";
import { ArrowUpload24Regular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
  },
  active: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: "none" },
});

interface Props {
  readonly label: string;
  readonly dropLabel?: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly testId: string;
  readonly disabled?: boolean;
}

/** A button that opens the file dialog (keyboard-friendly) and, with `dropLabel`, a zone to drop files on. */
export function FilePicker({ label, dropLabel, accept, multiple, onFiles, testId, disabled }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const styles = useStyles();
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };
  const button = (
    <Button icon={<ArrowUpload24Regular />} onClick={() => input.current?.click()} disabled={disabled}>
      {label}
    </Button>
  );
  return (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      {dropLabel ? (
        <div
          className={over ? `${styles.zone} ${styles.active}` : styles.zone}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <Text>{dropLabel}</Text>
          {button}
        </div>
      ) : (
        button
      )}
    </>
  );
}
