import { DataTable } from "@/components/data-table";

export type Bar = {
  key: string;
  label: string;
  value: number /** Text shown for the value, e.g. "12 / 40". */;
  display?: string;
  full?: boolean;
};

type Props = {
  id: string;
  title: string;
  bars: Bar[];
  /** The value of a full bar (largest value, or 100 for percentages). */
  max?: number;
  emptyText: string;
  table: { caption: string; headers: string[]; rows: (string | number)[][]; summary: string };
};

/**
 * A server-rendered horizontal bar chart: each bar carries its label and value as text (the bar
 * itself is decoration), with the same figures as a table behind a disclosure.
 */
export function BarChart({ id, title, bars, max, emptyText, table }: Props) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {bars.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <>
          <ul className="bar-chart">
            {bars.map((bar) => (
              <li key={bar.key} className="bar-row">
                <span className="bar-label">
                  <span>{bar.label}</span>
                  <span>{bar.display ?? bar.value}</span>
                </span>
                <span className="bar-track" aria-hidden="true">
                  <span
                    className={`bar-fill${bar.full ? " full" : ""}`}
                    style={{ width: `${Math.min(100, Math.round((bar.value / top) * 1000) / 10)}%` }}
                  />
                </span>
              </li>
            ))}
          </ul>
          <details className="chart-table">
            <summary>{table.summary}</summary>
            <DataTable label={table.caption}>
              <caption className="visually-hidden">{table.caption}</caption>
              <thead>
                <tr>
                  {table.headers.map((h, i) => (
                    <th key={h} scope="col" className={i > 0 ? "num" : undefined}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={String(row[0])}>
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={table.headers[i]} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={table.headers[i]} className="num">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </details>
        </>
      )}
    </section>
  );
}
