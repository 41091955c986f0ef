import type { AnnualStatisticsQuery } from '../../gql/graphql';

export type StatisticsTable = AnnualStatisticsQuery['annualStatistics']['tables'][number];

/** One figure column of a table: its group's header, its own, and where its value sits in a row. */
export interface FigureColumn {
  group: string;
  key: string;
  label: string;
  /** Index into a row's `values` (0 is the total). */
  index: number;
}

/** The figure columns after the total, in order, each with its place in the rows' values. */
export function figureColumns(table: StatisticsTable): FigureColumn[] {
  let index = 0;
  return table.groups.flatMap((g) =>
    g.columns.map((c) => {
      index += 1;
      return { group: g.label, key: c.key, label: c.label, index };
    }),
  );
}

/** A row as the page lists it: the units' rows, then the 合计 row. */
export interface ListedRow {
  key: string;
  label: string;
  values: number[];
  total: boolean;
}

/** The units' rows and the 合计 row (`totalLabel` is its printed name). */
export function listedRows(table: StatisticsTable, totalLabel: string): ListedRow[] {
  return [
    ...table.rows.map((r, i) => ({ key: `${i}:${r.organizationId}`, label: r.label, values: r.values, total: false })),
    { key: 'total', label: totalLabel, values: table.totals, total: true },
  ];
}

/** The last day of the year before `today` (`YYYY-12-31`), the returns' usual date. */
export function lastYearEnd(today: string): string {
  return `${Number(today.slice(0, 4)) - 1}-12-31`;
}
