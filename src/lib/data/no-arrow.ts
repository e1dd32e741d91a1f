/**
 * Stands in for `@uwdata/flechette` in the browser bundle. Arquero's table class imports Apache
 * Arrow I/O for its `toArrow`/`fromArrow` methods; the story never reads or writes Arrow, and
 * shipping it would cost about a tenth of the page's JavaScript budget. Calling one of these is a bug.
 */
function unavailable(): never {
  throw new Error('Apache Arrow I/O is not bundled in the browser build');
}

export const columnFromArray = unavailable;
export const columnFromValues = unavailable;
export const tableFromColumns = unavailable;
export const tableFromIPC = unavailable;
export const tableToIPC = unavailable;
