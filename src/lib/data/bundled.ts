/**
 * The dataset as the browser bundle carries it: the three tables the charts draw. The sources and
 * the notes reach the reader as prerendered markup (methods, links), so they are not shipped as
 * JavaScript too; nor is the validator, because the build validated these files before bundling
 * them (see `validateData` in scripts/vite-plugins.ts). Node code and tests import `dataset.ts`.
 */
import figures from '../../../data/figures.json';
import timeline from '../../../data/timeline.json';
import unreached from '../../../data/unreached.json';
import type { Dataset } from './schema.ts';

export const dataset = {
  meta: { title: '', published: '', updated: '', gaps: [] },
  sources: [],
  figures,
  unreached,
  timeline,
} as Dataset;
