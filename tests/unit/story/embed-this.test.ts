// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { edition } from '../../../src/content/index.ts';
import { pageView } from '../../../src/lib/content/page-view.ts';
import { frameOf } from '../../../src/lib/content/view.ts';
import { dataset } from '../../../src/lib/data/dataset.ts';
import EmbedThis from '../../../src/lib/story/EmbedThis.svelte';

const { copy, locale, format } = edition('en');
const view = pageView(copy, dataset, locale, format);

afterEach(() => vi.unstubAllGlobals());

describe('EmbedThis', () => {
  it('gives a titled, borderless, full-width iframe for the chart at an absolute address', async () => {
    render(EmbedThis, { view, chart: 'search' });
    const code = screen.getByRole('textbox', { name: view.ui.embedThis }) as HTMLTextAreaElement;
    await waitFor(() =>
      expect(code.value).toContain(
        `src="${new URL('embed/search/', location.href).href}?childId=separated-search"`,
      ),
    );
    const doc = new DOMParser().parseFromString(code.value, 'text/html');
    const box = doc.querySelector<HTMLElement>('[data-separated-embed="separated-search"]')!;
    const iframe = box.querySelector('iframe')!;
    expect(iframe.title).toBe(view.charts.search.title);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('style')).toContain('border:none;');
    // Opaque, so the fallback image under it never shows below a shorter embed.
    expect(iframe.getAttribute('style')).toContain('background:#fff;');
    // Sized before any script: a measured box, its height following its width.
    expect(box.getAttribute('style')).toMatch(/padding:((max|min)\()*calc\(-?\d+(\.\d+)?% \+ \d+px\)/);
    // Under the frame, the chart's last step as a static image, described.
    const img = box.querySelector('img')!;
    expect(img.getAttribute('src')).toBe(new URL('embed/search/search-last-count.png', location.href).href);
    expect(img.alt).toBe(view.alts['search-last-count']);
  });

  it('names its data links by format, step and chart (not "CSV" alone)', () => {
    render(EmbedThis, { view, chart: 'search' });
    const { title } = frameOf(view, 'search-last-count', 'search');
    for (const format of ['CSV', 'JSON']) {
      const link = screen.getByRole('link', { name: new RegExp(`^${format} `) });
      expect(link.textContent).toBe(format);
      const name = link.getAttribute('aria-label')!;
      expect(name).toMatch(/ step (\d+) of \1: /);
      expect(name.endsWith(`: ${title}`), name).toBe(true);
    }
  });

  it('on another edition’s page, embeds that edition and loads the embed code’s script from the site root', async () => {
    history.pushState(null, '', '/graphics/separated/es/');
    try {
      render(EmbedThis, { view: { ...view, page: { root: '../', languages: [] } }, chart: 'scale' });
      const code = screen.getByRole('textbox', { name: view.ui.embedThis }) as HTMLTextAreaElement;
      await waitFor(() =>
        expect(code.value).toContain(
          `src="${location.origin}/graphics/separated/es/embed/scale/?childId=separated-scale"`,
        ),
      );
      expect(code.value).toContain(
        `<script src="${location.origin}/graphics/separated/embed/loader.v1.js" integrity="sha384-`,
      );
    } finally {
      history.pushState(null, '', '/');
    }
  });

  it('copies the code and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(EmbedThis, { view });
    await fireEvent.click(screen.getByRole('button', { name: view.ui.copyCode }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(view.ui.copied));
    expect(writeText.mock.calls[0]?.[0]).toMatch(/<iframe src="[^"]+embed\/\?childId=separated-story"/);
  });

  it('when the clipboard is refused, selects the code and asks the reader to copy it', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(EmbedThis, { view });
    await fireEvent.click(screen.getByRole('button', { name: view.ui.copyCode }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(view.ui.copyFailed));
  });

  it('offers theme, step and script options, and shows the code they make', async () => {
    render(EmbedThis, { view, chart: 'search' });
    const code = screen.getByRole('textbox', { name: view.ui.embedThis }) as HTMLTextAreaElement;
    await waitFor(() => expect(code.value).toContain('loader.v1.js'));
    // Light by default, so the address names no theme.
    expect(code.value).not.toContain('theme=');
    const theme = screen.getByRole('combobox', { name: view.ui.embedTheme }) as HTMLSelectElement;
    expect([...theme.options].map((o) => o.text)).toEqual([
      view.ui.themeLight,
      view.ui.themeDark,
      view.ui.themeAuto,
    ]);
    await fireEvent.change(theme, { target: { value: 'dark' } });
    await waitFor(() =>
      expect(code.value).toMatch(/embed\/search\/\?theme=dark&amp;childId=separated-search"/),
    );

    const step = screen.getByRole('combobox', { name: view.ui.embedStep }) as HTMLSelectElement;
    // The chart's steps, its last chosen until the producer picks another.
    expect(step.value).toBe('search-last-count');
    const first = step.options[0]!.value;
    await fireEvent.change(step, { target: { value: first } });
    await waitFor(() => expect(code.value).toContain(`?step=${first}&amp;theme=dark`));
    expect(code.value).toContain(`embed/search/${first}.png`);

    await fireEvent.click(screen.getByRole('checkbox', { name: view.ui.embedScripts }));
    await waitFor(() => expect(code.value).not.toContain('<script'));
    // Still whole without it: the measured box and the frame.
    expect(code.value).toMatch(/padding:((max|min)\()*calc\(/);
    expect(code.value).toContain('<iframe');
  });

  it('offers no step for the whole story, which steps by itself', () => {
    render(EmbedThis, { view });
    expect(screen.queryByRole('combobox', { name: view.ui.embedStep })).toBeNull();
    expect(screen.getByRole('combobox', { name: view.ui.embedTheme })).toBeTruthy();
  });
});
