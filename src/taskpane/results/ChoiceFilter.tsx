import { Field, Select } from "@fluentui/react-components";
import { useI18n } from "../i18n/context";

interface Props {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

/** A drop-down narrowing a list to one value, "all" first. */
export function ChoiceFilter({ label, value, choices, onChange }: Props) {
  const { m } = useI18n();
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="">{m.results.all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
