/**
 * The dataset as the browser bundle carries it. The build validated these files before bundling
 * them (see `validateData` in scripts/vite-plugins.ts), so the validator's code is not shipped again;
 * Node code and tests import `dataset.ts`, which validates on load.
 */
import figures from '../../../data/figures.json';
import meta from '../../../data/meta.json';
import sources from '../../../data/sources.json';
import timeline from '../../../data/timeline.json';
import unreached from '../../../data/unreached.json';
import type { Dataset } from './schema.ts';

export const dataset = { meta, sources, figures, unreached, timeline } as Dataset;
