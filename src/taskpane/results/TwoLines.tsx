import { Caption1, Text } from "@fluentui/react-components";

/**
 * A grid cell's figure or name over a smaller line that qualifies it; both cut short rather than wrap
 * (a wrapped line would spill into the next row of a grid whose rows have one height), whole on hover.
 */
export function TwoLines({ first, second }: { first: string; second: string }) {
  return (
    // As wide as its cell: at its lines' uncut width, neither would be cut short with its "…".
    <div title={second ? `${first}\n${second}` : first} style={{ minWidth: 0 }}>
      <Text block truncate wrap={false}>
        {first}
      </Text>
      <Caption1 block truncate wrap={false}>
        {second}
      </Caption1>
    </div>
  );
}

/**
 * A grid cell's short text on up to two lines, for a cell too narrow for it in a narrow pane ("Trễ 506 ngày"
 * was "Trễ 506…" at 320 pixels) in a row that has room for two; whole on hover.
 */
export function UpToTwoLines({ text }: { text: string }) {
  return (
    <Text
      block
      title={text}
      style={{ display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" }}
    >
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
    // As wide as its cell, not as its longest line: a long bloc's uncut width made the name wrap past the
    // cell's edge, cut in a letter, and the bloc lose its "…".
    <div title={`${code} — ${name}\n${bloc}`} style={{ minWidth: 0 }}>
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
