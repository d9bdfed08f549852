import { Button, Subtitle2 } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { format, useI18n } from "../i18n/context";
import { useResultStyles } from "./styles";

interface Props {
  readonly title: string;
  readonly items: readonly { readonly key: string; readonly text: ReactNode }[];
  /** Shown as "none" when empty; otherwise an empty list is not shown at all. */
  readonly always?: boolean;
}

/** Items drawn at first, and added at each "show more": thousands at once would stall the page. */
export const LIST_STEP = 100;

/** A titled list with its count, scrolled inside when long, drawn a hundred items at a time. */
export function CountedList({ title, items, always = false }: Props) {
  const { m } = useI18n();
  const styles = useResultStyles();
  const [drawn, setDrawn] = useState(LIST_STEP);
  if (items.length === 0 && !always) return null;
  const rest = items.length - drawn;
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3">{`${title} (${items.length})`}</Subtitle2>
      <ul className={styles.scrollList} aria-label={title} tabIndex={items.length > 8 ? 0 : undefined}>
        {items.length === 0 && <li>{m.rollup.none}</li>}
        {items.slice(0, drawn).map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
      {rest > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setDrawn((n) => n + LIST_STEP)}>
          {format(m.results.showMore, { count: Math.min(rest, LIST_STEP), rest })}
        </Button>
      )}
    </section>
  );
}
