/** Dataset dates: `YYYY-MM-DD`, or `YYYY-MM` where the record gives only the month. */

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM` as a UTC date (the first of the month for the latter), or `null`
 * when the text is not a real calendar date: `2021-02-30` must not quietly become 2 March.
 */
export function parseIsoDate(text: string): Date | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : null;
}

/** Whether the record gives only the month, so nothing may pretend to know the day. */
export const isMonthOnly = (text: string): boolean => /^\d{4}-\d{2}$/.test(text);
