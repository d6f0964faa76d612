/**
 * Axis ticks that adapt to the zoom level, from centuries down to hours. A level is an interval
 * (d3-time, UTC) and a formatter; the finest level whose labels keep `minSpacingPx` apart wins.
 */
import { utcDay, utcFormat, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from "d3";
import { DAY_MS, HOUR_MS, type TimeScale } from "./scale";

export type TickUnit = "year" | "month" | "day" | "hour";

export interface TickLevel {
  /** Name for tests and debugging, e.g. "10 years", "month", "6 hours". */
  readonly name: string;
  readonly unit: TickUnit;
  /** Years, months, days or hours per step. */
  readonly step: number;
  readonly interval: TimeInterval;
  /** Approximate length of one step, for choosing the level. */
  readonly approxMs: number;
}

export interface Tick {
  readonly time: Date;
  readonly x: number;
  readonly label: string;
  /** The tick starts a larger unit (a new year on a month axis, a new day on an hour axis). */
  readonly major: boolean;
}

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

function level(unit: TickUnit, step: number, base: CountableTimeInterval, unitMs: number, name: string): TickLevel {
  const interval = step === 1 ? base : base.every(step);
  if (!interval) throw new Error(`invalid tick step: ${step} ${unit}`);
  return { name, unit, step, interval, approxMs: step * unitMs };
}

const levels = (unit: TickUnit, base: CountableTimeInterval, unitMs: number, steps: readonly [number, string][]) =>
  steps.map(([step, name]) => level(unit, step, base, unitMs, name));

/** Levels from finest to coarsest. */
export const TICK_LEVELS: readonly TickLevel[] = [
  ...levels("hour", utcHour, HOUR_MS, [[1, "hour"], [3, "3 hours"], [6, "6 hours"], [12, "12 hours"]]),
  level("day", 1, utcDay, DAY_MS, "day"),
  { name: "week", unit: "day", step: 7, interval: utcMonday, approxMs: 7 * DAY_MS },
  ...levels("month", utcMonth, MONTH_MS, [[1, "month"], [3, "quarter"], [6, "6 months"]]),
  ...levels("year", utcYear, YEAR_MS, [[1, "year"], [2, "2 years"], [5, "5 years"], [10, "10 years"], [20, "20 years"], [50, "50 years"], [100, "100 years"], [500, "500 years"], [1000, "1000 years"]]),
];

/** A year as people write it: astronomical year 0 is 1 BCE, −43 is 44 BCE. */
export function formatYear(date: Date): string {
  const y = date.getUTCFullYear();
  return y > 0 ? String(y) : `${1 - y} BCE`;
}

const monthShort = utcFormat("%b");
const dayMonth = utcFormat("%b %-d");
const hourMinute = utcFormat("%H:%M");

function labelFor(time: Date, { unit, step }: TickLevel): { label: string; major: boolean } {
  switch (unit) {
    case "year":
      return { label: formatYear(time), major: time.getUTCFullYear() % (step * 5) === 0 };
    case "month":
      return time.getUTCMonth() === 0 ? { label: formatYear(time), major: true } : { label: monthShort(time), major: false };
    case "day":
      if (time.getUTCDate() === 1 && time.getUTCMonth() === 0) return { label: formatYear(time), major: true };
      if (time.getUTCDate() === 1) return { label: monthShort(time), major: true };
      return { label: dayMonth(time), major: false };
    case "hour":
      return time.getUTCHours() === 0 ? { label: dayMonth(time), major: true } : { label: hourMinute(time), major: false };
  }
}

/** The finest level that fits `width / minSpacingPx` ticks into the domain's span. */
export function chooseTickLevel(domain: readonly [Date, Date], width: number, minSpacingPx = 80): TickLevel {
  const span = Math.abs(domain[1].getTime() - domain[0].getTime());
  const maxTicks = Math.max(1, width / minSpacingPx);
  const fitting = TICK_LEVELS.find((l) => span / l.approxMs <= maxTicks);
  return fitting ?? (TICK_LEVELS[TICK_LEVELS.length - 1] as TickLevel);
}

/** Ticks (position and label) for the scale's visible domain. */
export function axisTicks(scale: TimeScale, minSpacingPx = 80): { level: TickLevel; ticks: Tick[] } {
  const [r0, r1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [Date, Date];
  const chosen = chooseTickLevel([d0, d1], Math.abs(r1 - r0), minSpacingPx);
  const ticks = chosen.interval.range(d0, d1).map((time) => ({ time, x: scale(time), ...labelFor(time, chosen) }));
  return { level: chosen, ticks };
}
