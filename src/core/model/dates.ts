// Calendar dates as ISO `YYYY-MM-DD` strings: they sort as text, so comparisons need no parsing.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** True when `text` is a real calendar date in ISO form (rejects 2023-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * Reads a date written as ISO `YYYY-MM-DD`, an ISO date-time (the time is dropped), or UK
 * `dd/mm/yyyy`. Returns `undefined` when the text is none of these or not a real date.
 */
export function parseDate(text: string): IsoDate | undefined {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const dateTime = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (dateTime && isIsoDate(dateTime[1])) return dateTime[1];
  const uk = UK_DATE.exec(t);
  if (uk) {
    const [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    if (isCalendarDate(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

/** Days since 1970-01-01 for an ISO date. */
export function toEpochDay(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The ISO date `days` after 1970-01-01. */
export function fromEpochDay(days: number): IsoDate {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** The date `n` days after `date` (negative goes back). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** The date `n` calendar months after `date`, clamped to the month's last day. */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Today's date in UTC. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
