import { createTableColumn, type TableColumnDefinition } from "@fluentui/react-components";
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type RowRenderer,
} from "@fluentui-contrib/react-data-grid-react-window";
import { useCallback, useMemo, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";

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

/** Rows the pane shows at once; the rest are drawn as they scroll into view. */
const VISIBLE_ROWS = 9;

/**
 * A sortable grid that draws only the rows in view, so thousands of units stay responsive. Widths are
 * shares of the row, the same in the header and the body.
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
    () => new Map(columns.map((c) => [c.id, { flex: `${c.grow} 1 0px`, minWidth: 0 } as CSSProperties])),
    [columns],
  );
  // One renderer for the grid's life: a new one would remount every row and lose the keyboard focus.
  const renderRow = useCallback<RowRenderer<T>>(
    ({ item, rowId: id }, style) => (
      <DataGridRow<T>
        key={id}
        style={style}
        {...(onPick
          ? {
              onClick: () => onPick(item),
              onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
                if (event.key === "Enter" || event.key === " ") onPick(item);
              },
            }
          : {})}
      >
        {({ renderCell, columnId }) => (
          <DataGridCell style={widths.get(String(columnId))}>{renderCell(item)}</DataGridCell>
        )}
      </DataGridRow>
    ),
    [onPick, widths],
  );
  const height = Math.max(1, Math.min(items.length, VISIBLE_ROWS)) * rowHeight;
  return (
    <DataGrid
      items={items as T[]}
      columns={definitions}
      sortable
      getRowId={rowId}
      aria-label={label}
      focusMode="row_unstable"
      {...(sortedBy
        ? { defaultSortState: { sortColumn: sortedBy.column, sortDirection: sortedBy.direction } }
        : {})}
    >
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell style={widths.get(String(columnId))}>{renderHeaderCell()}</DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<T> itemSize={rowHeight} height={height}>
        {renderRow}
      </DataGridBody>
    </DataGrid>
  );
}
