import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bandFrameWidth,
  bandMaxWidth,
  EMBED_BANDS,
  FRAME_PADDING,
  MAX_TEXT,
  STEPPER_BANDS,
  STEPPER_BESIDE,
  STEPPER_BESIDE_BAND,
  STEPPER_BESIDE_COLUMN,
  STEPPER_DRAWINGS,
  STEPPER_FRAMES,
  STEPPER_CHROME,
  STEPPER_GRAPHIC,
  STEPPER_NARROW,
  STEPPER_WIDE,
  stepperHeight,
  stepperRoom,
} from '../../../src/lib/embed/bands.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/embed.css'), 'utf8');

/** The media query (`min`/`max` frame width, px) under which the stylesheet shows band `width`'s drawing. */
function shownAt(width: number): { min: number; max: number } {
  const rule = new RegExp(
    String.raw`@media ([^{]*)\{\s*\.embed-chart \.chart-body > svg\[data-band='${width}'\]\s*\{\s*display: block;`,
  );
  const query = rule.exec(css)?.[1];
  if (query === undefined) throw new Error(`embed.css: no media query shows band ${width}`);
  return {
    min: Number(/min-width: ([\d.]+)px/.exec(query)?.[1] ?? 0),
    max: Number(/max-width: ([\d.]+)px/.exec(query)?.[1] ?? Infinity),
  };
}

describe('embed drawing bands', () => {
  it('are shown by the stylesheet from the width each is drawn for, one at a time, without a gap', () => {
    EMBED_BANDS.forEach((band, i) => {
      const { min, max } = shownAt(band.width);
      const next = EMBED_BANDS[i + 1];
      expect(min, `band ${band.width}`).toBe(i === 0 ? 0 : bandFrameWidth(band));
      expect(max, `band ${band.width}`).toBe(next ? bandFrameWidth(next) - 0.02 : Infinity);
    });
  });

  it('never stretch a drawing past the width where its text would pass the largest size', () => {
    for (const band of EMBED_BANDS) {
      const rule = new RegExp(String.raw`svg\[data-band='${band.width}'\]\s*\{\s*max-width: (\d+)px;`).exec(
        css,
      );
      expect(Number(rule?.[1]), `band ${band.width}`).toBe(bandMaxWidth(band));
      expect((bandMaxWidth(band) / band.width) * band.fontSize).toBeLessThanOrEqual(MAX_TEXT);
    }
  });

  it('keep text of at least 12 px from a 320 px frame up', () => {
    for (const band of EMBED_BANDS) {
      const narrowest = Math.max(320, bandFrameWidth(band)) - 24;
      expect((Math.min(narrowest, band.width) / band.width) * band.fontSize).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('the story embed’s phone bands', () => {
  /** The stylesheet's media query (`min`/`max` frame width, px) for the story's band `width`. */
  function storyShownAt(width: number): { min: number; max: number } {
    const query = new RegExp(
      String.raw`@media ([^{]*)\{\s*\.embed-story \.chart-body > svg\[data-band='${width}'\]\s*\{\s*display: block;`,
    ).exec(css)?.[1];
    if (query === undefined) throw new Error(`embed.css: no media query shows the story's band ${width}`);
    return {
      min: Number(/min-width: ([\d.]+)px/.exec(query)?.[1] ?? 0),
      max: Number(/max-width: ([\d.]+)px/.exec(query)?.[1] ?? Infinity),
    };
  }

  it('are shown from their narrowest frame to the next band’s, the last up to the wide layout', () => {
    STEPPER_BANDS.forEach((band, i) => {
      const { min, max } = storyShownAt(band.width);
      const next = STEPPER_FRAMES[i + 1] ?? STEPPER_WIDE;
      expect(min, `band ${band.width}`).toBe(i === 0 ? 0 : STEPPER_FRAMES[i]);
      expect(max, `band ${band.width}`).toBe(next - 0.02);
      expect(band.width).toBe(STEPPER_FRAMES[i]! - FRAME_PADDING);
    });
  });

  it('are drawn for the room the stylesheet’s chart frame leaves at their narrowest frame', () => {
    const frame =
      /--stepper-h: max\(calc\(min\(([\d.]+)vw, 28rem\) \+ var\(--stepper-extra\)\), var\(--stepper-floor\)\);/.exec(
        css,
      );
    expect(Number(frame?.[1])).toBe(STEPPER_GRAPHIC.vw);
    /** The frame's room over its share of the width, and its least height, rem: the phones', then the narrowest band's. */
    const extra = [...css.matchAll(/--stepper-extra: ([\d.]+)rem;/g)].map((m) => Number(m[1]) * 16);
    const floor = [...css.matchAll(/--stepper-floor: ([\d.]+)rem;/g)].map((m) => Number(m[1]) * 16);
    expect([extra[0], floor[0]]).toEqual([STEPPER_GRAPHIC.px, 0]);
    expect([extra[1], floor[1]]).toEqual([STEPPER_GRAPHIC.px + STEPPER_NARROW.extra, STEPPER_NARROW.floor]);
    const narrowest =
      /@media \(max-width: ([\d.]+)px\) \{\s*\.story\[data-mode='stepper'\] \.graphic \{\s*--stepper-extra/.exec(
        css,
      );
    expect(Number(narrowest?.[1])).toBe(STEPPER_FRAMES[1] - 0.02);
    // 28rem is more than 54vw below 504 px: the frame's height is 54vw plus its extra room there.
    expect((STEPPER_WIDE * STEPPER_GRAPHIC.vw) / 100).toBeLessThan(28 * 16);
    for (const [i, band] of STEPPER_BANDS.entries()) {
      const width = STEPPER_FRAMES[i]!;
      const css = i === 0 ? { extra: extra[1]!, floor: floor[1]! } : { extra: extra[0]!, floor: floor[0]! };
      const height = Math.max((width * STEPPER_GRAPHIC.vw) / 100 + css.extra, css.floor);
      expect(stepperHeight(width)).toBe(height);
      expect(band.height).toBe(stepperRoom(width));
      expect(band.height + STEPPER_CHROME).toBeLessThanOrEqual(height);
      expect(band.fontSize).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('the story embed’s drawing beside the step’s text', () => {
  /** The stylesheet's rules for the stepper from its wide breakpoint. */
  const wide = css.slice(css.indexOf("@media (min-width: 60rem) {\n    .story[data-mode='stepper'] {"));

  it('is drawn for the chart column at 960 px: the frame less its padding, the text’s 24rem and the 2rem gap', () => {
    expect(wide.length).toBeLessThan(css.length);
    expect(STEPPER_BESIDE).toBe(60 * 16);
    expect(wide).toMatch(/grid-template-columns: minmax\(18rem, 24rem\) minmax\(0, 1fr\);/);
    expect(wide).toMatch(/column-gap: 2rem;/);
    expect(STEPPER_BESIDE_BAND.width).toBe(STEPPER_BESIDE - FRAME_PADDING - 26 * 16);
    // The frame there: 54vw at its 28rem cap, plus the wide frames' 12rem.
    expect((STEPPER_BESIDE * STEPPER_GRAPHIC.vw) / 100).toBeGreaterThan(28 * 16);
    expect(css).toMatch(
      /@media \(min-width: 504px\) \{\s*\.story\[data-mode='stepper'\] \.graphic \{[^}]*--stepper-extra: 12rem;/,
    );
    expect(STEPPER_BESIDE_COLUMN.frame).toBe(40 * 16);
    expect(STEPPER_BESIDE_BAND.height).toBe(STEPPER_BESIDE_COLUMN.room);
    expect(STEPPER_BESIDE_BAND.height).toBeLessThan(STEPPER_BESIDE_COLUMN.frame);
    expect(STEPPER_BESIDE_BAND.fontSize).toBeGreaterThanOrEqual(12);
    expect(STEPPER_DRAWINGS).toContain(STEPPER_BESIDE_BAND);
  });

  it('is shown there alone, fitted whole into the chart’s room', () => {
    const band = `svg\\[data-band='${STEPPER_BESIDE_BAND.width}'\\]`;
    expect(wide).toMatch(
      new RegExp(
        String.raw`\.chart-body > ${band} \{[^}]*display: block;[^}]*inset: 0;[^}]*width: 100%;[^}]*height: 100%;[^}]*max-width: none;`,
      ),
    );
    expect(wide).toMatch(
      new RegExp(String.raw`\.chart-body > svg:not\(\[data-band\]\):has\(~ ${band}\) \{\s*display: none;`),
    );
  });
});
