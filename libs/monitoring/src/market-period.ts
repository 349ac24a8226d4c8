import { DomainError, DomainErrorCode } from '@magmatch/core';

/** A period of whole UTC days, both ends included (YYYY-MM-DD). */
export interface MarketPeriod {
  readonly from: string;
  readonly to: string;
}

/** The period read when none is given: the 90 days up to today. */
export const DEFAULT_PERIOD_DAYS = 90;
const MAX_PERIOD_DAYS = 3_660;
const DAY_MS = 86_400_000;

/**
 * The period asked for, its ends defaulting to today and 90 days before `to`. BAD_USER_INPUT naming the field
 * for a `to` after today, a `from` after `to`, or a period longer than ten years.
 */
export function marketPeriod(from: string | null | undefined, to: string | null | undefined, now = new Date()): MarketPeriod {
  const today = now.toISOString().slice(0, 10);
  const end = to ?? today;
  if (end > today) throw invalid('to', `to ${end} is after today (${today}): the market has no figures for the future`);
  const start = from ?? shift(end, -(DEFAULT_PERIOD_DAYS - 1));
  if (start > end) throw invalid('from', `from ${start} is after to ${end}`);
  if ((Date.parse(end) - Date.parse(start)) / DAY_MS >= MAX_PERIOD_DAYS) throw invalid('from', `the period from ${start} to ${end} is longer than ten years`);
  return { from: start, to: end };
}

/** The first and the last instant of the period. */
export function periodInstants({ from, to }: MarketPeriod): { start: Date; end: Date } {
  return { start: new Date(`${from}T00:00:00.000Z`), end: new Date(`${to}T23:59:59.999Z`) };
}

const shift = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);
