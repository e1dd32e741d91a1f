import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPY } from '../../../src/content/index.ts';
import { CHART_IDS } from '../../../src/lib/charts/index.ts';
import { PAGES } from '../../../src/pages.ts';

const root = join(import.meta.dirname, '../../..');

describe('the page table', () => {
  it('writes each page once, from a template that exists, in a language that has copy', () => {
    expect(new Set(PAGES.map((p) => p.path)).size).toBe(PAGES.length);
    for (const page of PAGES) {
      expect(page.path, page.path).toMatch(/^([a-z0-9-]+\/)*index\.html$/);
      expect(existsSync(join(root, page.template)), page.template).toBe(true);
      expect(Object.keys(COPY), page.path).toContain(page.lang);
    }
  });

  it('starts with the story page and gives every chart of the registry an embed', () => {
    expect(PAGES[0]?.path).toBe('index.html');
    expect(PAGES.flatMap((p) => (p.chart ? [p.chart] : []))).toEqual(CHART_IDS);
  });
});
