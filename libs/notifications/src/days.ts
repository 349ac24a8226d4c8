export const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day of `date` in UTC, YYYY-MM-DD. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
