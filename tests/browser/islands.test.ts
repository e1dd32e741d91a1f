/**
 * Islands hydration: the page's script hydrates each island (the charts, the language link, the
 * "embed this" boxes) and leaves everything else — the prose of every step — as the prerenderer
 * wrote it: the same nodes, changed only by the current-step marking.
 */
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/lib/story/steps.ts';
import { openPage, scrollStepTo, useSite } from './harness.ts';
import { waitForState } from './measure.ts';

const env = useSite();

interface Watch {
  prose: Element[];
  texts: string[];
  changes: string[];
}

/**
 * Runs in the page before its scripts: once the markup is parsed (and before the deferred module
 * script runs), holds on to every prose paragraph outside the islands and records every change made
 * to the steps (outside the islands) from then on.
 */
function watchProse() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const inProse = (node: Node | null) => {
      const el = node instanceof Element ? node : (node?.parentElement ?? null);
      // The steps' prose; a chart's drawing (in an island, or taken off the page mid-change) is not.
      return !!el?.closest('.step') && !el.closest('[data-island]');
    };
    const prose = [...document.querySelectorAll('.step p, .step li, .step h2, .step h3')].filter(inProse);
    const watch: Watch = { prose, texts: prose.map((p) => p.textContent ?? ''), changes: [] };
    (window as unknown as { watch: Watch }).watch = watch;
    const name = (node: Node) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}#${node.id}.${node.getAttribute('class')}`
        : node.nodeName;
    new MutationObserver((records) => {
      for (const r of records) {
        if (!inProse(r.target)) continue;
        // The one change the page's script makes there: marking the step being read.
        if (r.type === 'attributes' && ['aria-current', 'class'].includes(r.attributeName ?? '')) continue;
        watch.changes.push(`${r.type} ${r.attributeName ?? ''} on ${name(r.target)}`);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

describe('islands hydration', () => {
  it('hydrates each island and never the prose', async () => {
    const { page, errors, close } = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await page.addInitScript(watchProse);
    await page.goto(env.site.url);
    const places = await page.$$eval('[data-island]', (els) => els.map((e) => e.getAttribute('data-island')));
    expect(places).toContain('lang');
    expect(places.some((p) => p!.startsWith('figure:'))).toBe(true);
    expect(places.some((p) => p!.startsWith('embed:'))).toBe(true);

    // The "embed this" boxes: once hydrated, their code names the page's own address.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-island^="embed:"] textarea')].every((t) =>
        (t as HTMLTextAreaElement).value.includes(location.origin),
      ),
    );
    // Each chart follows the reader; the language link keeps the reader's place.
    const firsts = [...new Map(STEPS.map((s) => [s.chart, s])).values()];
    for (const step of firsts) {
      await scrollStepTo(page, step.id);
      await waitForState(page, step.id, step.chart);
    }
    const last = firsts.at(-1)!;
    await page.waitForFunction(
      (id) => document.querySelector('[data-island="lang"] a')?.getAttribute('href')?.endsWith(`#${id}`),
      last.id,
    );

    const result = await page.evaluate(() => {
      const { prose, texts, changes } = (window as unknown as { watch: Watch }).watch;
      const now = [...document.querySelectorAll('.step p, .step li, .step h2, .step h3')].filter(
        (p) => !p.closest('[data-island]'),
      );
      return {
        count: prose.length,
        same: prose.length === now.length && prose.every((p, i) => p === now[i] && p.isConnected),
        textSame: prose.every((p, i) => p.textContent === texts[i]),
        current: prose.filter((p) => p.closest('[aria-current="step"]')).length,
        changes,
      };
    });
    expect(result.count).toBeGreaterThan(STEPS.length);
    expect(result.same).toBe(true);
    expect(result.textSame).toBe(true);
    expect(result.current).toBeGreaterThan(0);
    expect(result.changes).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
