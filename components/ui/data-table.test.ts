// DataTable's markup, rendered on the server: headers, numeric alignment, per-row classes and
// attributes, the empty row, and the scroll container that keeps a wide table inside its card.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "./data-table";

interface Row {
  name: string;
  n: number;
}

const columns: Column<Row>[] = [
  { header: "name", cell: (r) => r.name, className: "font-mono" },
  { header: "count", numeric: true, cell: (r) => r.n, cellClassName: (r) => (r.n > 5 ? "text-dropout" : "") },
];

const render = (rows: Row[], extra: Record<string, unknown> = {}) =>
  renderToStaticMarkup(createElement(DataTable<Row>, { columns, rows, rowKey: (r) => r.name, ...extra }));

describe("DataTable", () => {
  it("renders a header row and one row per item, numbers right-aligned, row-dependent cell classes", () => {
    const html = render([{ name: "a", n: 1 }, { name: "b", n: 9 }], { minWidth: 480, rowProps: (r: Row) => ({ "data-name": r.name }) });
    expect(html).toMatch(/<div class="relative min-w-0 overflow-x-auto" style="[^"]*"><table class="w-full text-sm" style="min-width:480px">/);
    expect([...html.matchAll(/<th [^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(["name", "count"]);
    expect(html).toContain('<tr class="border-t border-border" data-name="b">');
    expect(html).toMatch(/<td class="[^"]*num[^"]*text-dropout">9<\/td>/);
    expect(html).toMatch(/<td class="[^"]*num">1<\/td>/);
    expect(html).toMatch(/<td class="[^"]*font-mono[^"]*">a<\/td>/);
  });

  it("a table that may scroll gets scroll shadows: covers that scroll with it over shadows that stay", () => {
    const style = /<div class="relative[^"]*" style="([^"]*)">/.exec(render([{ name: "a", n: 1 }], { minWidth: 480 }))?.[1] ?? "";
    expect(style.match(/no-repeat local/g)).toHaveLength(2);
    expect(style.match(/no-repeat scroll/g)).toHaveLength(2);
  });

  it("a sortable column's header carries aria-sort; near miss: a plain column has none", () => {
    const sorted: Column<Row>[] = [columns[0], { ...columns[1], sort: "descending" }];
    const html = renderToStaticMarkup(createElement(DataTable<Row>, { columns: sorted, rows: [], rowKey: (r: Row) => r.name }));
    expect(html).toMatch(/<th scope="col" aria-sort="descending" class="[^"]*num[^"]*">count<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*">name<\/th>/);
  });

  it("an empty table shows the empty text across all columns", () => {
    expect(render([], { empty: "Nothing yet." })).toContain('<td colSpan="2" class="py-6 text-center text-xs text-muted">Nothing yet.</td>');
  });

  it("near miss: no empty text, no empty row; no minWidth, no inline style", () => {
    const html = render([]);
    expect(html).not.toContain("colSpan");
    expect(html).not.toContain("style=");
  });
});
