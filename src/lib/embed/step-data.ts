/**
 * A step's data files (`stateDataPaths`): the rows its chart draws, as the step's "show the data"
 * table lists them (the chart module's own `table`, on the rows the chart is drawn from), written
 * by the build in each edition's words. Prerender only.
 */
import { table as columnTable, toCSV } from 'arquero';
import type { DataTable } from '../charts/types.ts';

/** The table as CSV (a header of the column names, one line a row, as the record's downloads) and as JSON (caption, columns, rows, and the table's note if it has one). */
export function stepDataFiles(table: DataTable): { csv: string; json: string } {
  const { caption, columns, rows } = table;
  const labels = columns.map((c) => c.label);
  if (new Set(labels).size !== labels.length)
    throw new Error(`step data "${caption}": two columns named alike (${labels.join(', ')})`);
  const csv = toCSV(
    columnTable(Object.fromEntries(columns.map((c) => [c.label, rows.map((r) => r[c.key] ?? '')]))),
  );
  const json = {
    caption,
    columns: columns.map((c) => ({ key: c.key, name: c.label, numeric: c.numeric ?? false })),
    rows: rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? '']))),
    ...(table.note ? { note: table.note } : {}),
  };
  return { csv, json: `${JSON.stringify(json, null, 2)}\n` };
}
