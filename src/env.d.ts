/**
 * Set at build time: `true` in the embeds' classic script, where the chart code is a second classic
 * script (`embed/assets/charts.js`) rather than dynamically imported ES modules.
 */
declare const __CLASSIC_CHARTS__: boolean;
