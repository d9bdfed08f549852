import {
  createTableColumn,
  type DataGridRowProps,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type RowRenderer,
} from "@fluentui-contrib/react-data-grid-react-window";
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from "react";

export interface GridColumn<T> {
  readonly id: string;
  readonly title: string;
  /** Share of the row's width (flex grow); the unit column takes more than a score. */
  readonly grow: number;
  readonly render: (item: T) => ReactNode;
  /** Absent: the column cannot be sorted. */
  readonly compare?: (a: T, b: T) => number;
}

interface Props<T> {
  readonly items: readonly T[];
  readonly columns: readonly GridColumn<T>[];
  readonly rowId: (item: T) => string;
  readonly label: string;
  readonly rowHeight: number;
  readonly sortedBy?: { readonly column: string; readonly direction: "ascending" | "descending" };
  /** Clicking a row, or Enter / Space on it, picks it. */
  readonly onPick?: (item: T) => void;
}

/** The narrowest the columns are drawn: a unit's name on two lines, a heading's words whole. */
const MIN_WIDTH = 460;

/** Rows the pane shows at once; the rest are drawn as they scroll into view. */
const VISIBLE_ROWS = 9;

/** The row that takes the grid's one Tab stop: the last one focused, else the first. */
const RovingRow = createContext<{ active: string | null; setActive: (id: string) => void }>({
  active: null,
  setActive: () => undefined,
});

/** How far each key moves the focus, in rows; the rows drawn around the view are enough for a page. */
const MOVES: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: VISIBLE_ROWS,
  PageUp: -VISIBLE_ROWS,
  End: Number.POSITIVE_INFINITY,
  Home: Number.NEGATIVE_INFINITY,
};

/** The header's sort buttons, left to right: reached by the arrow keys from the rows, never by Tab. */
const headerButtons = (from: HTMLElement): HTMLElement[] => [
  ...(from.closest('[role="grid"]')?.querySelectorAll<HTMLElement>('[role="columnheader"] [role="button"]') ??
    []),
];

/** The body row holding the grid's Tab stop, where the focus goes back down from the header. */
const currentRow = (from: HTMLElement): HTMLElement | null =>
  from.closest('[role="grid"]')?.querySelector<HTMLElement>('[role="row"][tabindex="0"]') ?? null;

/** Where each key moves along the header, from the button at `at` of `count`. */
const HEADER_MOVES: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowLeft: (at) => at - 1,
  ArrowRight: (at) => at + 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** Left and right, Home and End move along the header; down goes back to the rows. */
function onHeaderKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const target = event.target as HTMLElement;
  const buttons = headerButtons(target);
  const at = buttons.indexOf(target);
  const move = HEADER_MOVES[event.key];
  const to = event.key === "ArrowDown" ? currentRow(target) : move && buttons[move(at, buttons.length)];
  if (at < 0 || !to) return;
  event.preventDefault();
  to.focus();
}

function rowFrom(row: HTMLElement, step: number): HTMLElement {
  let at = row;
  for (let i = 0; i < Math.abs(step); i++) {
    const next = step > 0 ? at.nextElementSibling : at.previousElementSibling;
    if (!(next instanceof HTMLElement) || next.getAttribute("role") !== "row") break;
    at = next;
  }
  return at;
}

/**
 * A body row: a Tab stop only when it is the grid's current row (one Tab crosses the grid, its header
 * included), moved from with the arrow keys, Page Up/Down, Home and End among the rows drawn, and up from
 * the first row to the header's sort buttons; Enter or Space picks it, as a click does.
 */
function GridRow<T>({
  id,
  style,
  onPick,
  children,
}: {
  id: string;
  style: CSSProperties;
  onPick: (() => void) | undefined;
  children: DataGridRowProps<T>["children"];
}) {
  const { active, setActive } = useContext(RovingRow);
  const isFirst = style.top === 0;
  const isCurrent = active === null ? isFirst : active === id;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = MOVES[event.key];
    const header = isFirst && event.key === "ArrowUp" ? headerButtons(event.currentTarget)[0] : undefined;
    if (header || step !== undefined) {
      event.preventDefault();
      (header ?? rowFrom(event.currentTarget, step!)).focus();
    } else if (onPick && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      onPick();
    }
  };
  return (
    <DataGridRow<T>
      style={{ ...style, minWidth: 0 }}
      tabIndex={isCurrent ? 0 : -1}
      onFocus={(event: FocusEvent<HTMLDivElement>) => event.target === event.currentTarget && setActive(id)}
      onKeyDown={onKeyDown}
      {...(onPick ? { onClick: onPick } : {})}
    >
      {children}
    </DataGridRow>
  );
}

/**
 * A sortable grid that draws only the rows in view, so thousands of units stay responsive. Widths are
 * shares of the row, the same in the header and the body, and no row is wider than the pane.
 */
export function VirtualGrid<T>({ items, columns, rowId, label, rowHeight, sortedBy, onPick }: Props<T>) {
  const definitions = useMemo(
    () =>
      columns.map(
        (c): TableColumnDefinition<T> =>
          createTableColumn<T>({
            columnId: c.id,
            renderHeaderCell: () => c.title,
            renderCell: c.render,
            ...(c.compare ? { compare: c.compare } : {}),
          }),
      ),
    [columns],
  );
  const widths = useMemo(
    () =>
      new Map(
        columns.map((c) => [
          c.id,
          { flex: `${c.grow} 1 0px`, minWidth: 0, overflow: "hidden" } as CSSProperties,
        ]),
      ),
    [columns],
  );
  // One renderer for the grid's life: a new one would remount every row and lose the keyboard focus.
  // Which row holds the Tab stop reaches the rows through a context, which re-renders without remounting.
  const renderRow = useCallback<RowRenderer<T>>(
    ({ item, rowId: id }, style) => (
      <GridRow<T> key={id} id={String(id)} style={style} onPick={onPick && (() => onPick(item))}>
        {({ renderCell, columnId }) => (
          <DataGridCell style={widths.get(String(columnId))}>{renderCell(item)}</DataGridCell>
        )}
      </GridRow>
    ),
    [onPick, widths],
  );
  const [active, setActive] = useState<string | null>(null);
  // A row filtered away leaves the Tab stop to the first row shown (the grid sorts its own rows).
  const current = active !== null && items.some((item) => String(rowId(item)) === active) ? active : null;
  const roving = useMemo(() => ({ active: current, setActive }), [current]);
  const height = Math.max(1, Math.min(items.length, VISIBLE_ROWS)) * rowHeight;
  return (
    // Narrower than its columns need (a 320-pixel pane), the grid scrolls sideways inside a region of its
    // own, which a screen reader names; the page itself never scrolls sideways. Left and right on a row,
    // which moves along rows only, scroll it: the region is no Tab stop of its own.
    <div role="region" aria-label={label} style={{ overflowX: "auto" }}>
      <DataGrid
        style={{ minWidth: MIN_WIDTH }}
        items={items as T[]}
        columns={definitions}
        sortable
        getRowId={rowId}
        aria-label={label}
        focusMode="none"
        {...(sortedBy
          ? { defaultSortState: { sortColumn: sortedBy.column, sortDirection: sortedBy.direction } }
          : {})}
      >
        <DataGridHeader>
          <DataGridRow style={{ minWidth: 0 }} onKeyDown={onHeaderKeyDown}>
            {({ renderHeaderCell, columnId }) => (
              // A heading wraps rather than being cut: "Hạng cụm / chung" whole at 320 px.
              <DataGridHeaderCell
                style={{ ...widths.get(String(columnId)), whiteSpace: "normal" }}
                button={{ tabIndex: -1 }}
              >
                {renderHeaderCell()}
              </DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <RovingRow.Provider value={roving}>
          <DataGridBody<T> itemSize={rowHeight} height={height}>
            {renderRow}
          </DataGridBody>
        </RovingRow.Provider>
      </DataGrid>
    </div>
  );
}
