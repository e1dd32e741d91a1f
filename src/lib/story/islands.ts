/**
 * The story page's islands: the only parts of it that hydrate. The prose, the steps and the rest stay
 * the static markup the prerenderer wrote; each island is an empty place in `App.svelte` named by
 * `data-island`, which the prerenderer fills with the island's own markup (`fillIslands`) and the
 * page's script hydrates on its own, one per task, so no hydration is one long task.
 */
import type { Component } from 'svelte';
import type { PageView } from '../content/view.ts';
import EmbedThis from './EmbedThis.svelte';
import Figure from './Figure.svelte';
import LangSwitch from './LangSwitch.svelte';
import { CHAPTERS, shownInChapter, STEPS, type ChapterId } from './steps.ts';

/** Which step the reader is on (index in `STEPS`, −1: none yet); reactive in the browser. */
export interface Reading {
  active: number;
}

/** An island's component and props; props that follow the reader are getters on `reading`. */
export interface Island {
  component: Component<Record<string, unknown>>;
  props: Record<string, unknown>;
}

const island = <P extends Record<string, unknown>>(component: Component<P>, props: P): Island => ({
  component: component as unknown as Component<Record<string, unknown>>,
  props,
});

const isChapter = (id: string | undefined): id is ChapterId =>
  (CHAPTERS as readonly string[]).includes(id ?? '');

/** The island named `name` (`figure:<chapter>`, `lang`, `embed:<chapter>` or `embed:story`). */
export function islandOf(name: string, view: PageView, reading: Reading): Island {
  const [kind, part] = name.split(':');
  if (kind === 'figure' && isChapter(part)) {
    return island(Figure, {
      view,
      get step() {
        return shownInChapter(part, reading.active);
      },
    });
  }
  if (kind === 'lang' && part === undefined) {
    return island(LangSwitch, {
      links: view.page.languages,
      float: true,
      get step() {
        return STEPS[reading.active]?.id;
      },
    });
  }
  if (kind === 'embed' && (part === 'story' || isChapter(part)))
    return island(EmbedThis, { view, chart: part === 'story' ? undefined : part });
  throw new Error(`No island is named "${name}"`);
}

/** An empty island place in prerendered markup. */
const PLACE = /(<div\b[^>]*\bdata-island="([^"]+)"[^>]*>)(<\/div>)/g;

/**
 * Puts each island's own prerendered markup (`render` of its component, with the hydration markers
 * its own `hydrate` reads) into its place.
 */
export function fillIslands(markup: string, render: (island: Island) => string, view: PageView): string {
  const reading: Reading = { active: -1 };
  return markup.replace(
    PLACE,
    (_all, open: string, name: string, close: string) => open + render(islandOf(name, view, reading)) + close,
  );
}
