/**
 * Set at build time: `true` in the embeds' classic script, where the chart code is a second classic
 * script (`embed/assets/charts.js`) rather than dynamically imported ES modules.
 */
declare const __CLASSIC_CHARTS__: boolean;

/** Set at build time: the embeds' chart script's file name (content-hashed), beside the embed script. */
declare const __CHARTS_SCRIPT__: string;

/** Set at build time: the subresource integrity (`sha384-…`) of the pym.js the site publishes. */
declare const __PYM_INTEGRITY__: string;
