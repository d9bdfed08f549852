import { Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/context";
import { useResultStyles } from "./styles";

interface Props {
  readonly title: string;
  readonly items: readonly { readonly key: string; readonly text: ReactNode }[];
  /** Shown as "none" when empty; otherwise an empty list is not shown at all. */
  readonly always?: boolean;
}

/** A titled list with its count, scrolled inside when long. */
export function CountedList({ title, items, always = false }: Props) {
  const { m } = useI18n();
  const styles = useResultStyles();
  if (items.length === 0 && !always) return null;
  return (
    <section aria-label={title}>
      <Subtitle2 as="h3">{`${title} (${items.length})`}</Subtitle2>
      <ul className={styles.scrollList} aria-label={title} tabIndex={items.length > 8 ? 0 : undefined}>
        {items.length === 0 && <li>{m.rollup.none}</li>}
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
