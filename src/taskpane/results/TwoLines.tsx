import { Caption1, Text } from "@fluentui/react-components";

/**
 * A grid cell's figure or name over a smaller line that qualifies it; both cut short rather than wrap
 * (a wrapped line would spill into the next row of a grid whose rows have one height), whole on hover.
 */
export function TwoLines({ first, second }: { first: string; second: string }) {
  return (
    <div title={second ? `${first}\n${second}` : first}>
      <Text block truncate wrap={false}>
        {first}
      </Text>
      <Caption1 block truncate wrap={false}>
        {second}
      </Caption1>
    </div>
  );
}

/** A grid cell's one line, cut short rather than wrapped, whole on hover. */
export function OneLine({ text }: { text: string }) {
  return (
    <Text block truncate wrap={false} title={text}>
      {text}
    </Text>
  );
}

/**
 * A unit in a grid: its code and bloc on one line, then its whole name on up to two lines (a grid's rows
 * have one height; the name is whole on hover and in the unit's details).
 */
export function UnitLines({ code, name, bloc }: { code: string; name: string; bloc: string }) {
  return (
    <div title={`${code} — ${name}\n${bloc}`}>
      <Text block truncate wrap={false} weight="semibold">
        {`${code} · ${bloc}`}
      </Text>
      <Caption1
        block
        style={{
          display: "-webkit-box",
          WebkitLineClamp: 2,
          WebkitBoxOrient: "vertical",
          overflow: "hidden",
        }}
      >
        {name}
      </Caption1>
    </div>
  );
}
