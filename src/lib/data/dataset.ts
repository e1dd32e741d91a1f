/**
 * The validated dataset, bundled with the app. Importing it fails loudly (at build time, in tests,
 * and in the dev server) when a data file drifts from the schema, so a broken figure never reaches
 * a reader.
 */
import figures from '../../../data/figures.json';
import meta from '../../../data/meta.json';
import sources from '../../../data/sources.json';
import timeline from '../../../data/timeline.json';
import unreached from '../../../data/unreached.json';
import { DATA_FILES, type Dataset } from './schema.ts';
import { validateDataset } from './validate.ts';

/** Every figure, source and date the story may show. */
export const dataset: Dataset = validateDataset({
  [DATA_FILES.meta]: meta,
  [DATA_FILES.sources]: sources,
  [DATA_FILES.figures]: figures,
  [DATA_FILES.unreached]: unreached,
  [DATA_FILES.timeline]: timeline,
});
