// The dashboard's one table: a header row of small muted labels, bordered body rows, numbers
// right-aligned in tabular figures, and an empty-state row. It scrolls sideways inside its card
// (give it `minWidth`) instead of widening the page on a 390 px phone; colours come from the theme's
// CSS variables, so light and dark need nothing here. A server component: cells are render
// functions; `rowHref` makes the whole row open a page (components/ui/row-link.tsx).
import type { CSSProperties, HTMLAttributes, ReactNode } from "react";
import { RowLink } from "./row-link";

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** right-aligned tabular figures (implies align "right") */
  numeric?: boolean;
  align?: "left" | "right" | "center";
  /** classes on every body cell of the column (e.g. "font-mono text-xs") */
  className?: string;
  /** classes on the column's header cell (e.g. "hidden sm:table-cell", given to className too) */
  headerClassName?: string;
  /** classes on one row's cell (e.g. a colour for a bad value) */
  cellClassName?: (row: T) => string;
  /** a sortable column's state, as the header's aria-sort */
  sort?: "ascending" | "descending" | "none";
}

export interface DataTableProps<T> {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** a row opens this page when clicked anywhere outside its own links and buttons */
  rowHref?: (row: T) => string;
  /** classes on a row (e.g. "align-top", or muted for a revoked key) */
  rowClassName?: string | ((row: T) => string);
  /** extra attributes on a row without rowHref, e.g. a data-* hook for tests */
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  /** shown in one full-width row when there are no rows; nothing when absent */
  empty?: ReactNode;
  /** below this width (px) the table scrolls inside its card */
  minWidth?: number;
  /** apply minWidth from `sm` (640 px) up only: the columns left on a phone fit it (e.g. the others are "hidden sm:table-cell") */
  minWidthFromSm?: boolean;
  /** keep each cell on one line */
  nowrap?: boolean;
  "aria-label"?: string;
  className?: string;
}

const ALIGN = { left: "text-left", right: "text-right", center: "text-center" } as const;

const cx = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(" ");

/**
 * Scroll shadows: on a phone a table wider than its card shows a soft shadow on the side that has
 * more columns (the actions of a row were off-screen with nothing saying so). Pure CSS: two covers
 * in the card's colour scroll with the content (`local`) and hide the fixed shadows at either end.
 */
const SHADE = "color-mix(in srgb, var(--fg) 22%, transparent)";
const SCROLL_SHADOWS = {
  background: [
    "linear-gradient(to right, var(--panel) 30%, transparent) left center / 2rem 100% no-repeat local",
    "linear-gradient(to left, var(--panel) 30%, transparent) right center / 2rem 100% no-repeat local",
    `radial-gradient(farthest-side at 0 50%, ${SHADE}, transparent) left center / 0.75rem 100% no-repeat scroll`,
    `radial-gradient(farthest-side at 100% 50%, ${SHADE}, transparent) right center / 0.75rem 100% no-repeat scroll`,
  ].join(", "),
} as const;

function alignOf<T>(c: Column<T>): string {
  return c.numeric ? "num" : ALIGN[c.align ?? "left"];
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows, rowKey, rowHref, rowClassName, rowProps, empty, minWidth, minWidthFromSm, nowrap } = props;
  return (
    // relative: an absolutely placed descendant (an sr-only header) is clipped here too, not
    // positioned against the page, where it would widen the document at 390 px
    <div className={cx("relative min-w-0 overflow-x-auto", props.className)} style={minWidth ? SCROLL_SHADOWS : undefined}>
      <table
        className={cx("w-full text-sm", nowrap && "whitespace-nowrap", !!minWidth && minWidthFromSm && "sm:min-w-(--table-min)")}
        style={minWidth ? (minWidthFromSm ? ({ "--table-min": `${minWidth}px` } as CSSProperties) : { minWidth }) : undefined}
        aria-label={props["aria-label"]}
      >
        <thead className="text-xs text-muted">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" aria-sort={c.sort} className={cx("py-1 pl-3 font-normal first:pl-0", alignOf(c), c.headerClassName)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cells = columns.map((c, i) => (
              <td key={i} className={cx("py-1.5 pl-3 first:pl-0", alignOf(c), c.className, c.cellClassName?.(row))}>
                {c.cell(row)}
              </td>
            ));
            const extra = typeof rowClassName === "function" ? rowClassName(row) : rowClassName;
            const href = rowHref?.(row);
            return href ? (
              <RowLink key={rowKey(row)} href={href} className={extra}>
                {cells}
              </RowLink>
            ) : (
              <tr key={rowKey(row)} className={cx("border-t border-border", extra)} {...rowProps?.(row)}>
                {cells}
              </tr>
            );
          })}
          {!rows.length && empty && (
            <tr className="border-t border-border">
              <td colSpan={columns.length} className="py-6 text-center text-xs text-muted">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
