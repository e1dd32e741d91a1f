/** Set at build time: the subresource integrity (`sha384-…`) of the pym.js the site publishes. */
declare const __PYM_INTEGRITY__: string;
/** Set at build time: the subresource integrity of the embed code's script (`embed/loader.v1.js`). */
declare const __LOADER_INTEGRITY__: string;
