import { useI18n } from "../i18n/context";
import { CountedList } from "./CountedList";

/** Files refused, each with its reason: after a roll-up, and after one that could not be made at all. */
export function RejectedList({ items }: { items: readonly { file: string; reason: string; id?: string }[] }) {
  const { m } = useI18n();
  return (
    <CountedList
      title={m.rollup.rejected}
      always
      items={items.map((r, i) => ({ key: `${r.file}-${r.id ?? i}`, text: `${r.file}: ${r.reason}` }))}
    />
  );
}
