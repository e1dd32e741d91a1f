/**
 * A step's data files (`stateDataPaths`): the rows its chart draws, as the step's "show the data"
 * table lists them (the chart module's own `table`, on the rows the chart is drawn from), written
 * by the build in each edition's words. Prerender only.
 */
import { table as columnTable, toCSV } from 'arquero';
import type { DataTable } from '../charts/types.ts';

/** The credit a step's data carries: the source line its chart prints under that state, and the name of the CSV column that holds it. */
export interface StepSource {
  /** The column's name, in the edition's words ("Source"). */
  label: string;
  /** The state's source line, as its drawing prints it ("Source: HHS inspector general"). */
  line: string;
}

/**
 * The table as CSV (a header of the column names, one line a row, as the record's downloads) and as
 * JSON (caption, columns, rows, the table's note if it has one, and `source`). Both carry the state's
 * source line, as its images do (review fc18 S4): the CSV in a last column, the same on every row.
 */
export function stepDataFiles(table: DataTable, source: StepSource): { csv: string; json: string } {
  const { caption, columns, rows } = table;
  const labels = [...columns.map((c) => c.label), source.label];
  if (new Set(labels).size !== labels.length)
    throw new Error(`step data "${caption}": two columns named alike (${labels.join(', ')})`);
  const csv = toCSV(
    columnTable({
      ...Object.fromEntries(columns.map((c) => [c.label, rows.map((r) => r[c.key] ?? '')])),
      [source.label]: rows.map(() => source.line),
    }),
  );
  const json = {
    caption,
    columns: columns.map((c) => ({ key: c.key, name: c.label, numeric: c.numeric ?? false })),
    rows: rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? '']))),
    ...(table.note ? { note: table.note } : {}),
    source: source.line,
  };
  return { csv, json: `${JSON.stringify(json, null, 2)}\n` };
}
