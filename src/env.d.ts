/** Set at build time: the subresource integrity (`sha384-…`) of the pym.js the site publishes. */
declare const __PYM_INTEGRITY__: string;
