/**
 * Brings the story page's islands to life in the browser (the page itself stays static HTML): each
 * island hydrates in a task of its own, the charts first, as prerendered (no step yet); then the
 * page follows the reader's steps; then the other islands. Shared by the story's entry (`main.ts`)
 * and the offline edition's (`offline.ts`), which pauses the following while presenter mode has the
 * screen.
 */
import { hydrate } from 'svelte';
import type { PageView } from '../content/view.ts';
import { islandOf, type Reading } from './islands.ts';
import { createReading, followSteps } from './reading.svelte.ts';

export interface HydratedStory {
  /** Which step the reader is on. */
  readonly reading: Reading;
  /** Stops following the steps (the story is off screen). */
  pause(): void;
  /** Follows the steps again. */
  resume(): void;
}

export function hydrateStory(doc: Document, view: PageView, context: Map<unknown, unknown>): HydratedStory {
  const reading = createReading();
  const hydrateIsland = (target: HTMLElement) => () => {
    const { component, props } = islandOf(target.dataset.island ?? '', view, reading);
    hydrate(component, { target, props, context });
  };
  const places = [...doc.querySelectorAll<HTMLElement>('[data-island]')];
  const charts = places.filter((p) => p.dataset.island?.startsWith('figure:'));
  /** Following the steps: asked for (in its task, or on resume) and not paused. */
  let wanted = false;
  let paused = false;
  let stop: (() => void) | null = null;
  const follow = () => {
    if (wanted && !paused && !stop) stop = followSteps(doc, reading);
  };
  const tasks = [
    ...charts.map(hydrateIsland),
    () => {
      wanted = true;
      follow();
    },
    ...places.filter((p) => !charts.includes(p)).map(hydrateIsland),
  ];
  const next = () => {
    tasks.shift()?.();
    if (tasks.length) setTimeout(next, 0);
  };
  next();
  return {
    reading,
    pause() {
      paused = true;
      stop?.();
      stop = null;
    },
    resume() {
      paused = false;
      follow();
    },
  };
}
