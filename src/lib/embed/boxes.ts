/**
 * The frame box of every embed before any script runs, measured in Chromium by
 * scripts/measure-embeds.js (do not edit by hand; run `npm run measure:embeds` after a build): the
 * frame's height is made of `calc(<percent>% + <px>px)` of its width, in pieces between widths
 * (`boxCss` in snippet.ts), at or above the embed's height at every width from 320 to 1024 px. Single-chart embeds by chart and step; the story embed for its tallest step.
 */
export const EMBED_BOXES = {
  story: [
    { to: 328, lines: [{ percent: 0, px: 876 }] },
    { from: 320, to: 352, lines: [{ percent: 0, px: 852 }] },
    { from: 344, to: 368, lines: [{ percent: 0, px: 828 }] },
    { from: 360, to: 376, lines: [{ percent: 0, px: 884 }] },
    { from: 368, to: 400, lines: [{ percent: 50, px: 644 }] },
    { from: 392, to: 472, lines: [{ percent: 54.17, px: 600 }] },
    { from: 464, to: 480, lines: [{ percent: 0, px: 827 }] },
    { from: 472, to: 504, lines: [{ percent: 50, px: 572 }] },
    { from: 496, to: 512, lines: [{ percent: 0, px: 1018 }] },
    { from: 504, to: 584, lines: [{ percent: -4.16, px: 1011 }] },
    { from: 576, to: 640, lines: [{ percent: 27.09, px: 812 }] },
    {
      from: 632,
      to: 816,
      lines: [
        { percent: 67.5, px: 556 },
        { percent: 58.34, px: 623 },
      ],
    },
    {
      from: 808,
      to: 848,
      lines: [
        { percent: 50, px: 666 },
        { percent: 0, px: 1082 },
      ],
    },
    {
      from: 840,
      to: 960,
      lines: [
        { percent: 12.5, px: 1015 },
        { percent: 0, px: 1126 },
      ],
    },
    { from: 952, lines: [{ percent: 0, px: 824 }] },
  ],
  charts: {
    scale: {
      'scale-court-list': [
        { to: 328, lines: [{ percent: 0, px: 520 }] },
        { from: 320, to: 352, lines: [{ percent: 87.5, px: 218 }] },
        {
          from: 344,
          to: 504,
          lines: [
            { percent: 87.5, px: 202 },
            { percent: 37.5, px: 432 },
            { percent: 0, px: 612 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 208 }] },
        { from: 528, to: 592, lines: [{ percent: 81.25, px: 157 }] },
        { from: 584, to: 624, lines: [{ percent: 81.25, px: 140 }] },
        {
          from: 616,
          to: 664,
          lines: [
            { percent: 81.25, px: 118 },
            { percent: 0, px: 638 },
          ],
        },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 80, px: 126 },
            { percent: 0, px: 759 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 80, px: 126 }] },
        { from: 952, lines: [{ percent: 81.25, px: 144 }] },
      ],
      'scale-revised-list': [
        { to: 328, lines: [{ percent: 0, px: 520 }] },
        { from: 320, to: 352, lines: [{ percent: 87.5, px: 218 }] },
        {
          from: 344,
          to: 504,
          lines: [
            { percent: 87.5, px: 202 },
            { percent: 37.5, px: 432 },
            { percent: 0, px: 612 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 208 }] },
        { from: 528, to: 592, lines: [{ percent: 81.25, px: 157 }] },
        { from: 584, to: 624, lines: [{ percent: 81.25, px: 140 }] },
        {
          from: 616,
          to: 664,
          lines: [
            { percent: 81.25, px: 118 },
            { percent: 0, px: 638 },
          ],
        },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 80, px: 126 },
            { percent: 0, px: 759 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 80, px: 126 }] },
        { from: 952, lines: [{ percent: 81.25, px: 144 }] },
      ],
      'scale-expanded-class': [
        { to: 328, lines: [{ percent: 0, px: 520 }] },
        { from: 320, to: 352, lines: [{ percent: 87.5, px: 218 }] },
        {
          from: 344,
          to: 504,
          lines: [
            { percent: 87.5, px: 202 },
            { percent: 37.5, px: 432 },
            { percent: 0, px: 612 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 208 }] },
        { from: 528, to: 592, lines: [{ percent: 81.25, px: 157 }] },
        { from: 584, to: 624, lines: [{ percent: 81.25, px: 140 }] },
        {
          from: 616,
          to: 664,
          lines: [
            { percent: 81.25, px: 118 },
            { percent: 0, px: 638 },
          ],
        },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 80, px: 126 },
            { percent: 0, px: 759 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 80, px: 126 }] },
        { from: 952, lines: [{ percent: 81.25, px: 144 }] },
      ],
      'scale-expanded-class-2': [
        { to: 328, lines: [{ percent: 0, px: 520 }] },
        { from: 320, to: 352, lines: [{ percent: 87.5, px: 218 }] },
        {
          from: 344,
          to: 504,
          lines: [
            { percent: 87.5, px: 202 },
            { percent: 37.5, px: 432 },
            { percent: 0, px: 612 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 208 }] },
        { from: 528, to: 592, lines: [{ percent: 81.25, px: 157 }] },
        { from: 584, to: 624, lines: [{ percent: 81.25, px: 140 }] },
        {
          from: 616,
          to: 664,
          lines: [
            { percent: 81.25, px: 118 },
            { percent: 0, px: 638 },
          ],
        },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 80, px: 126 },
            { percent: 0, px: 759 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 80, px: 126 }] },
        { from: 952, lines: [{ percent: 81.25, px: 144 }] },
      ],
      'scale-expanded-class-3': [
        { to: 328, lines: [{ percent: 0, px: 520 }] },
        { from: 320, to: 352, lines: [{ percent: 87.5, px: 218 }] },
        {
          from: 344,
          to: 504,
          lines: [
            { percent: 87.5, px: 202 },
            { percent: 37.5, px: 432 },
            { percent: 0, px: 612 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 208 }] },
        { from: 528, to: 592, lines: [{ percent: 81.25, px: 157 }] },
        { from: 584, to: 624, lines: [{ percent: 81.25, px: 140 }] },
        {
          from: 616,
          to: 664,
          lines: [
            { percent: 81.25, px: 118 },
            { percent: 0, px: 638 },
          ],
        },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 80, px: 126 },
            { percent: 0, px: 759 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 80, px: 126 }] },
        { from: 952, lines: [{ percent: 81.25, px: 144 }] },
      ],
      'scale-families': [
        { to: 328, lines: [{ percent: 0, px: 520 }] },
        { from: 320, to: 352, lines: [{ percent: 87.5, px: 218 }] },
        {
          from: 344,
          to: 504,
          lines: [
            { percent: 87.5, px: 202 },
            { percent: 37.5, px: 432 },
            { percent: 0, px: 612 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 208 }] },
        { from: 528, to: 592, lines: [{ percent: 81.25, px: 157 }] },
        { from: 584, to: 624, lines: [{ percent: 81.25, px: 140 }] },
        {
          from: 616,
          to: 664,
          lines: [
            { percent: 81.25, px: 118 },
            { percent: 0, px: 638 },
          ],
        },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 80, px: 126 },
            { percent: 0, px: 759 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 80, px: 126 }] },
        { from: 952, lines: [{ percent: 81.25, px: 144 }] },
      ],
      'scale-families-2': [
        { to: 328, lines: [{ percent: 0, px: 520 }] },
        { from: 320, to: 352, lines: [{ percent: 87.5, px: 218 }] },
        {
          from: 344,
          to: 504,
          lines: [
            { percent: 87.5, px: 202 },
            { percent: 37.5, px: 432 },
            { percent: 0, px: 612 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 208 }] },
        { from: 528, to: 592, lines: [{ percent: 81.25, px: 157 }] },
        { from: 584, to: 624, lines: [{ percent: 81.25, px: 140 }] },
        {
          from: 616,
          to: 664,
          lines: [
            { percent: 81.25, px: 118 },
            { percent: 0, px: 638 },
          ],
        },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 80, px: 126 },
            { percent: 0, px: 759 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 80, px: 126 }] },
        { from: 952, lines: [{ percent: 81.25, px: 144 }] },
      ],
    },
    timeline: {
      'timeline-pilot': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-pilot-2': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-pilot-3': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-ms-l': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-ms-l-2': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-ms-l-3': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-zero-tolerance': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-zero-tolerance-2': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-zero-tolerance-3': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-order-injunction': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-order-injunction-2': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-order-injunction-3': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-injunction': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-injunction-2': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-oig-window': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
      'timeline-oig-window-2': [
        {
          to: 408,
          lines: [
            { percent: 87.5, px: 205 },
            { percent: 70.84, px: 268 },
          ],
        },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 89.59, px: 177 },
            { percent: 31.25, px: 444 },
            { percent: 0, px: 594 },
          ],
        },
        { from: 496, to: 536, lines: [{ percent: 75, px: 159 }] },
        {
          from: 528,
          to: 664,
          lines: [
            { percent: 75, px: 140 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 656, to: 720, lines: [{ percent: 75, px: 145 }] },
        {
          from: 712,
          to: 824,
          lines: [
            { percent: 75, px: 123 },
            { percent: 0, px: 717 },
          ],
        },
        { from: 816, to: 832, lines: [{ percent: 0, px: 621 }] },
        { from: 824, to: 960, lines: [{ percent: 59.38, px: 116 }] },
        { from: 952, to: 968, lines: [{ percent: 0, px: 741 }] },
        { from: 960, to: 984, lines: [{ percent: 62.5, px: 111 }] },
        { from: 976, lines: [{ percent: 50, px: 151 }] },
      ],
    },
    finding: {
      'finding-parents': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-parents-2': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-claim': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-claim-2': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-flawed-records': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-flawed-records-2': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-known-wish': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-known-wish-2': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-known-wish-3': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-recommendations': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-recommendations-2': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
      'finding-recommendations-3': [
        { to: 360, lines: [{ percent: 87.5, px: 221 }] },
        {
          from: 352,
          to: 432,
          lines: [
            { percent: 87.5, px: 204 },
            { percent: 37.5, px: 412 },
          ],
        },
        {
          from: 424,
          to: 504,
          lines: [
            { percent: 87.5, px: 183 },
            { percent: 37.5, px: 412 },
            { percent: 0, px: 592 },
          ],
        },
        { from: 496, to: 592, lines: [{ percent: 80, px: 164 }] },
        {
          from: 584,
          to: 664,
          lines: [
            { percent: 81.25, px: 140 },
            { percent: 0, px: 660 },
          ],
        },
        { from: 656, to: 696, lines: [{ percent: 75, px: 179 }] },
        {
          from: 688,
          to: 824,
          lines: [
            { percent: 75, px: 164 },
            { percent: 0, px: 757 },
          ],
        },
        { from: 816, to: 880, lines: [{ percent: 50, px: 162 }] },
        { from: 872, to: 960, lines: [{ percent: 54.17, px: 108 }] },
        { from: 952, to: 984, lines: [{ percent: 50, px: 203 }] },
        { from: 976, lines: [{ percent: 41.67, px: 159 }] },
      ],
    },
    search: {
      'search-first-count': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-first-count-2': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-first-report': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-base-changes': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-list-grew': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-list-grew-2': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-spring-2021': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-breakdown': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-breakdown-2': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-breakdown-3': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
      'search-last-count': [
        { to: 344, lines: [{ percent: 87.5, px: 216 }] },
        {
          from: 336,
          to: 496,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
          ],
        },
        { from: 488, to: 504, lines: [{ percent: 0, px: 590 }] },
        { from: 496, to: 544, lines: [{ percent: 81.25, px: 153 }] },
        { from: 536, to: 640, lines: [{ percent: 80, px: 143 }] },
        { from: 632, to: 664, lines: [{ percent: 0, px: 637 }] },
        {
          from: 656,
          to: 824,
          lines: [
            { percent: 62.5, px: 125 },
            { percent: 0, px: 620 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 62.5, px: 124 }] },
        { from: 952, lines: [{ percent: 62.5, px: 150 }] },
      ],
    },
    reunify: {
      'reunify-first-families': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-first-families-2': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-one-family': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-one-family-2': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-task-force-count': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-2021': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-2021-2': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-2023': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-2023-2': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-2023-3': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-settlement': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-settlement-2': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-unresolved': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-unresolved-2': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
      'reunify-unresolved-3': [
        { to: 392, lines: [{ percent: 87.5, px: 237 }] },
        { from: 384, to: 408, lines: [{ percent: 87.5, px: 222 }] },
        {
          from: 400,
          to: 504,
          lines: [
            { percent: 87.5, px: 201 },
            { percent: 37.5, px: 431 },
            { percent: 0, px: 611 },
          ],
        },
        { from: 496, to: 584, lines: [{ percent: 80, px: 181 }] },
        { from: 576, to: 600, lines: [{ percent: 75, px: 193 }] },
        {
          from: 592,
          to: 664,
          lines: [
            { percent: 81.25, px: 138 },
            { percent: 0, px: 658 },
          ],
        },
        { from: 656, to: 768, lines: [{ percent: 37.5, px: 146 }] },
        {
          from: 760,
          to: 824,
          lines: [
            { percent: 37.5, px: 123 },
            { percent: 0, px: 419 },
          ],
        },
        { from: 816, to: 960, lines: [{ percent: 29.17, px: 140 }] },
        { from: 952, to: 984, lines: [{ percent: 25, px: 237 }] },
        { from: 976, lines: [{ percent: 25, px: 209 }] },
      ],
    },
  },
} as const;
