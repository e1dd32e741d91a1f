// @vitest-environment jsdom
/**
 * The language link keeps the reader's place: the step as the other edition's fragment and, from the
 * offline edition in presenter mode (`offline.html?present`), presenter mode in the other file.
 */
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LangSwitch from '../../../src/lib/story/LangSwitch.svelte';

const links = [{ lang: 'es', href: '../es/offline.html', text: 'Leer en español', name: 'Español' }];

describe('the language link', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('opens the other edition at the same step', () => {
    history.replaceState(null, '', '/offline.html');
    const { container } = render(LangSwitch, { links, step: 'search-breakdown' });
    expect(container.querySelector('a')!.getAttribute('href')).toBe('../es/offline.html#search-breakdown');
  });

  it('from presenter mode in the offline file, opens the other file in presenter mode', () => {
    history.replaceState(null, '', '/offline.html?present#search-breakdown');
    const { container } = render(LangSwitch, { links, step: 'search-breakdown' });
    expect(container.querySelector('a')!.getAttribute('href')).toBe(
      '../es/offline.html?present#search-breakdown',
    );
  });
});
