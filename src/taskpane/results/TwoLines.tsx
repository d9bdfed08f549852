import { Caption1, Text } from "@fluentui/react-components";

/** A grid cell's figure or name over a smaller line that qualifies it; both cut short rather than wrap. */
export function TwoLines({ first, second }: { first: string; second: string }) {
  return (
    <div>
      <Text block truncate wrap={false}>
        {first}
      </Text>
      <Caption1 block truncate wrap={false}>
        {second}
      </Caption1>
    </div>
  );
}
