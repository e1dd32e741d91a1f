/**
 * The frame box of every embed before any script runs, measured in Chromium by
 * scripts/measure-embeds.js (do not edit by hand; run `npm run measure:embeds` after a build): the
 * frame's height is `calc(<percent>% + <px>px)` of its width, at or above the embed's height at every
 * width from 320 to 1024 px. Single-chart embeds by chart and step; the story embed for its tallest step.
 */
export const EMBED_BOXES = {
  story: [{ percent: -5.53, px: 1258 }],
  charts: {
    scale: {
      'scale-court-list': [{ percent: 75.72, px: 282 }],
      'scale-revised-list': [{ percent: 75.72, px: 282 }],
      'scale-expanded-class': [{ percent: 75.72, px: 282 }],
      'scale-families': [{ percent: 75.72, px: 282 }],
    },
    timeline: {
      'timeline-pilot': [
        { percent: 87.5, px: 205 },
        { percent: 76.17, px: 244 },
      ],
      'timeline-ms-l': [
        { percent: 87.5, px: 205 },
        { percent: 76.17, px: 244 },
      ],
      'timeline-zero-tolerance': [
        { percent: 87.5, px: 205 },
        { percent: 76.17, px: 244 },
      ],
      'timeline-order-injunction': [
        { percent: 87.5, px: 205 },
        { percent: 76.17, px: 244 },
      ],
      'timeline-injunction': [
        { percent: 87.5, px: 205 },
        { percent: 76.17, px: 244 },
      ],
      'timeline-oig-window': [
        { percent: 87.5, px: 205 },
        { percent: 76.17, px: 244 },
      ],
    },
    finding: {
      'finding-parents': [
        { percent: 87.5, px: 226 },
        { percent: 76.32, px: 266 },
        { percent: 51.57, px: 503 },
      ],
      'finding-claim': [
        { percent: 87.5, px: 226 },
        { percent: 76.32, px: 266 },
        { percent: 51.57, px: 503 },
      ],
      'finding-flawed-records': [
        { percent: 87.5, px: 226 },
        { percent: 76.32, px: 266 },
        { percent: 51.57, px: 503 },
      ],
      'finding-known-wish': [
        { percent: 87.5, px: 226 },
        { percent: 76.32, px: 266 },
        { percent: 51.57, px: 503 },
      ],
      'finding-recommendations': [
        { percent: 87.5, px: 226 },
        { percent: 76.32, px: 266 },
        { percent: 51.57, px: 503 },
      ],
    },
    search: {
      'search-first-count': [
        { percent: 87.5, px: 220 },
        { percent: 79.17, px: 253 },
        { percent: 77.24, px: 263 },
      ],
      'search-first-report': [
        { percent: 87.5, px: 220 },
        { percent: 79.17, px: 253 },
        { percent: 77.24, px: 263 },
      ],
      'search-base-changes': [
        { percent: 87.5, px: 220 },
        { percent: 79.17, px: 253 },
        { percent: 77.24, px: 263 },
      ],
      'search-list-grew': [
        { percent: 87.5, px: 220 },
        { percent: 79.17, px: 253 },
        { percent: 77.24, px: 263 },
      ],
      'search-spring-2021': [
        { percent: 87.5, px: 220 },
        { percent: 79.17, px: 253 },
        { percent: 77.24, px: 263 },
      ],
      'search-breakdown': [
        { percent: 87.5, px: 220 },
        { percent: 79.17, px: 253 },
        { percent: 77.24, px: 263 },
      ],
      'search-last-count': [
        { percent: 87.5, px: 220 },
        { percent: 79.17, px: 253 },
        { percent: 77.24, px: 263 },
      ],
    },
    reunify: {
      'reunify-first-families': [
        { percent: 62.5, px: 238 },
        { percent: 54.89, px: 263 },
      ],
      'reunify-one-family': [
        { percent: 62.5, px: 238 },
        { percent: 54.89, px: 263 },
      ],
      'reunify-task-force-count': [
        { percent: 62.5, px: 238 },
        { percent: 54.89, px: 263 },
      ],
      'reunify-2021': [
        { percent: 62.5, px: 238 },
        { percent: 54.89, px: 263 },
      ],
      'reunify-2023': [
        { percent: 62.5, px: 238 },
        { percent: 54.89, px: 263 },
      ],
      'reunify-settlement': [
        { percent: 62.5, px: 238 },
        { percent: 54.89, px: 263 },
      ],
      'reunify-unresolved': [
        { percent: 62.5, px: 238 },
        { percent: 54.89, px: 263 },
      ],
    },
  },
} as const;
