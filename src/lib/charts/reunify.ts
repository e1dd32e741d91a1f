/** PLACEHOLDER — replaced by the real chart design. */
import * as Plot from '@observablehq/plot';
import type { ChartModule } from './types.ts';
import { CHART_WIDTH } from './types.ts';

export const reunify: ChartModule<'reunify'> = {
  spec(data) {
    return {
      width: CHART_WIDTH,
      height: 240,
      marks: [Plot.barY(data.unreached, { x: 'asOf', y: 'value', className: 'mark-context' })],
    };
  },
  table(data, _state, copy) {
    return {
      caption: copy.title,
      columns: [{ key: 'date', label: 'Date' }, { key: 'value', label: 'Value', numeric: true }],
      rows: data.unreached.map((r) => ({ date: r.asOf, value: String(r.value) })),
    };
  },
};
