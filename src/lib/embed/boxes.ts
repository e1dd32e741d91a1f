/**
 * The frame box of every embed before any script runs, measured in Chromium by
 * scripts/measure-embeds.js (do not edit by hand; run `npm run measure:embeds` after a build): the
 * frame's height is `calc(<percent>% + <px>px)` of its width, at or above the embed's height at every
 * width from 320 to 1024 px. Single-chart embeds by chart and step; the story embed for its tallest step.
 */
export const EMBED_BOXES = {
  story: [{ percent: 32.25, px: 1231 }],
  charts: {
    scale: {
      'scale-court-list': [
        { percent: 87.5, px: 254 },
        { percent: 73.99, px: 300 },
      ],
      'scale-revised-list': [
        { percent: 87.5, px: 254 },
        { percent: 73.99, px: 300 },
      ],
      'scale-expanded-class': [
        { percent: 87.5, px: 254 },
        { percent: 73.99, px: 300 },
      ],
      'scale-expanded-class-2': [
        { percent: 87.5, px: 254 },
        { percent: 73.99, px: 300 },
      ],
      'scale-expanded-class-3': [
        { percent: 87.5, px: 254 },
        { percent: 73.99, px: 300 },
      ],
      'scale-families': [
        { percent: 87.5, px: 254 },
        { percent: 73.99, px: 300 },
      ],
      'scale-families-2': [
        { percent: 87.5, px: 254 },
        { percent: 73.99, px: 300 },
      ],
    },
    timeline: {
      'timeline-pilot': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-pilot-2': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-pilot-3': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-ms-l': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-ms-l-2': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-ms-l-3': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-zero-tolerance': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-zero-tolerance-2': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-zero-tolerance-3': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-order-injunction': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-order-injunction-2': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-order-injunction-3': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-injunction': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-injunction-2': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-oig-window': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
      'timeline-oig-window-2': [
        { percent: 87.5, px: 201 },
        { percent: 81.25, px: 222 },
        { percent: 69.65, px: 263 },
      ],
    },
    finding: {
      'finding-parents': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-parents-2': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-claim': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-claim-2': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-flawed-records': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-flawed-records-2': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-known-wish': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-known-wish-2': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-known-wish-3': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-recommendations': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-recommendations-2': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
      'finding-recommendations-3': [
        { percent: 87.5, px: 236 },
        { percent: 74.15, px: 287 },
        { percent: 51.57, px: 503 },
      ],
    },
    search: {
      'search-first-count': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-first-count-2': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-first-report': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-base-changes': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-list-grew': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-list-grew-2': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-spring-2021': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-breakdown': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-breakdown-2': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-breakdown-3': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
      'search-last-count': [
        { percent: 91.67, px: 215 },
        { percent: 87.5, px: 229 },
        { percent: 79.81, px: 260 },
        { percent: 75.38, px: 282 },
      ],
    },
    reunify: {
      'reunify-first-families': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-first-families-2': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-one-family': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-one-family-2': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-task-force-count': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-2021': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-2021-2': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-2023': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-2023-2': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-2023-3': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-settlement': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-settlement-2': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-unresolved': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-unresolved-2': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
      'reunify-unresolved-3': [
        { percent: 75, px: 208 },
        { percent: 62.5, px: 249 },
        { percent: 53.09, px: 282 },
      ],
    },
  },
} as const;
