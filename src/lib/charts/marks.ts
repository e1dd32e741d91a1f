/**
 * Plot marks the charts share: labels drawn where `placeLabels` put them, and a month axis whose
 * ticks fit a narrow chart (the month, with the year under it where the year changes).
 */
import * as Plot from '@observablehq/plot';
import { utcMonth } from 'd3';
import type { Format } from '../content/format.ts';
import { lineHeight, type Fit, type PlacedLabel } from './fit.ts';
import { keyed } from './motion.ts';

/** Converts a point of the drawing (px) into the plot's data coordinates. */
export interface Invert {
  x: (px: number) => unknown;
  y: (px: number) => unknown;
}

/** Identity scales: the drawing's pixels are the data. */
export const PIXELS: Invert = { x: (px) => px, y: (py) => py };

/**
 * The placed labels of one size and weight as one text mark, each at the top left of its box, so
 * that what the layout measured is what is drawn. `role` names the labels for `morph`.
 */
export function labelText(
  fit: Fit,
  placed: PlacedLabel[],
  invert: Invert,
  role: string,
  options: { className?: string } = {},
): Plot.Markish {
  const first = placed[0];
  if (!first) return null;
  const ratio = lineHeight(first.size) / first.size;
  // Right-aligned lines (a label set back from the end of a mark) are drawn from their right edge.
  const end = placed.every((p) => p.spot.align === 'end');
  return Plot.text(placed, {
    x: (p: PlacedLabel) => invert.x(end ? p.box.right : p.box.left),
    y: (p: PlacedLabel) => invert.y(p.box.top),
    text: (p: PlacedLabel) => p.lines.join('\n'),
    textAnchor: end ? 'end' : 'start',
    lineAnchor: 'top',
    lineHeight: ratio,
    // Plot sets the first baseline 0.71 line below `y`; the browser's box for the text begins at
    // the font's ascent above it: shifted so that the box drawn is the box laid out (Plot also
    // offsets marks by half a pixel).
    dy: (fit.ascent - 0.71 * ratio) * first.size - 0.5,
    fontSize: first.size,
    fontWeight: first.weight,
    className: options.className,
    render: keyed(role, (p: PlacedLabel) => p.key),
  });
}

/** Lines of text set at a place the chart worked out itself (a pixel layout), in one type. */
export interface TextBlock {
  key: string;
  lines: string[];
  size: number;
  weight: number;
  /** Where the lines begin, or with `align: 'end'`, where they end. */
  left: number;
  top: number;
  align?: 'start' | 'end';
  className?: string;
}

/** Text blocks in pixel coordinates as text marks, one per type and alignment, named by `role`. */
export function blockText(fit: Fit, blocks: TextBlock[], role: string): Plot.Markish[] {
  const groups = new Map<string, TextBlock[]>();
  for (const b of blocks) {
    const type = `${b.className ?? ''}|${b.size}|${b.weight}|${b.align ?? 'start'}`;
    groups.set(type, [...(groups.get(type) ?? []), b]);
  }
  return [...groups.values()].map((group) =>
    labelText(
      fit,
      group.map((b) => ({
        key: b.key,
        lines: b.lines,
        size: b.size,
        weight: b.weight,
        spots: [],
        spot: { x: b.left, y: b.top, align: b.align ?? 'start', valign: 'top' },
        box: { left: b.left, top: b.top, right: b.left, bottom: b.top + b.lines.length * lineHeight(b.size) },
      })),
      PIXELS,
      role,
      { className: group[0]?.className },
    ),
  );
}

/**
 * Month ticks from `start` to before `end`: every quarter, or every half year or year where the
 * month names, written out, would not fit between quarters on an axis `px` wide (fewer ticks, never
 * abbreviations), with an em of room between neighbours.
 */
export function fittingMonthTicks(fit: Fit, fmt: Format, start: Date, end: Date, px: number): Date[] {
  const months = Math.max(1, utcMonth.count(start, end));
  const steps = [3, 6, 12];
  for (const step of steps) {
    const ticks = utcMonth.range(start, end, step);
    const label = monthTicks(fmt, ticks);
    const widest = Math.max(
      ...ticks.flatMap((t) =>
        label(t)
          .split('\n')
          .map((line) => fit.measure(line, fit.fontSize)),
      ),
    );
    if (widest + fit.fontSize <= (px * step) / months) return ticks;
  }
  return utcMonth.range(start, end, steps[steps.length - 1]);
}

/** A month's tick label: the month, and under it the year where it changes (or at the first tick). */
export function monthTicks(fmt: Format, ticks: Date[]): (d: Date) => string {
  return (d) => {
    const month = fmt.monthName(d);
    const i = ticks.findIndex((t) => t.getTime() === d.getTime());
    const before = i > 0 ? ticks[i - 1] : undefined;
    // The year under the first tick and under each tick in a new year.
    return !before || before.getUTCFullYear() !== d.getUTCFullYear()
      ? `${month}\n${d.getUTCFullYear()}`
      : month;
  };
}

/** The x axis of months under a chart, in the chart's type, with `ticks` that fit its width. */
export function monthAxis(fit: Fit, fmt: Format, ticks: Date[]): Plot.Markish {
  return Plot.axisX(ticks, {
    tickFormat: monthTicks(fmt, ticks),
    tickSize: 4,
    tickPadding: 3,
    fontSize: fit.fontSize,
    lineHeight: lineHeight(fit.fontSize) / fit.fontSize,
    label: null,
    className: 'text-muted',
  });
}
