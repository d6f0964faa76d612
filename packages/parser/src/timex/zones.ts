/**
 * Time zones named in news text (`EST`, `GMT`, `5 a.m. Kyiv time`): fixed abbreviations as
 * offsets, places as IANA zones. A clock time's value stays wall-clock (TimeML); its UTC interval
 * is placed with this zone instead of the document's.
 */
import { isValidTimeZone, wallClockOffsetMinutes } from "../date/calendar.js";

const ABBREVIATIONS: Record<string, number> = {
  gmt: 0, utc: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const PLACES: Record<string, string[]> = {
  kyiv: ["Europe/Kyiv", "Europe/Kiev"], kiev: ["Europe/Kyiv", "Europe/Kiev"], moscow: ["Europe/Moscow"],
  london: ["Europe/London"], british: ["Europe/London"], paris: ["Europe/Paris"], berlin: ["Europe/Berlin"],
  brussels: ["Europe/Brussels"], rome: ["Europe/Rome"], madrid: ["Europe/Madrid"], warsaw: ["Europe/Warsaw"],
  istanbul: ["Europe/Istanbul"], ankara: ["Europe/Istanbul"], cairo: ["Africa/Cairo"], nairobi: ["Africa/Nairobi"],
  jerusalem: ["Asia/Jerusalem"], israel: ["Asia/Jerusalem"], baghdad: ["Asia/Baghdad"], tehran: ["Asia/Tehran"],
  riyadh: ["Asia/Riyadh"], dubai: ["Asia/Dubai"], kabul: ["Asia/Kabul"], islamabad: ["Asia/Karachi"],
  delhi: ["Asia/Kolkata"], india: ["Asia/Kolkata"], kathmandu: ["Asia/Kathmandu"], beijing: ["Asia/Shanghai"],
  china: ["Asia/Shanghai"], "hong kong": ["Asia/Hong_Kong"], singapore: ["Asia/Singapore"], tokyo: ["Asia/Tokyo"],
  seoul: ["Asia/Seoul"], manila: ["Asia/Manila"], jakarta: ["Asia/Jakarta"], sydney: ["Australia/Sydney"],
  havana: ["America/Havana"], washington: ["America/New_York"], eastern: ["America/New_York"],
  "new york": ["America/New_York"], central: ["America/Chicago"], mountain: ["America/Denver"],
  pacific: ["America/Los_Angeles"], greenwich: ["UTC"],
};

/**
 * The zone a phrase names (`EST` → `-05:00`, `Kyiv time` → `Europe/Kyiv`), or null for `local time`
 * and unknown places (the document zone applies).
 */
export function zoneOf(phrase: string): string | null {
  const p = phrase.toLowerCase().replace(/\s+time$/, "").trim();
  const fixed = ABBREVIATIONS[p];
  if (fixed !== undefined) {
    const sign = fixed < 0 ? "-" : "+";
    const abs = Math.abs(fixed);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  }
  return PLACES[p]?.find(isValidTimeZone) ?? null;
}

/**
 * Minutes east of UTC of `zone` for the wall-clock reading `wallMs` (the wall time read as UTC):
 * `zone` is a fixed offset in minutes, a `±HH:MM` offset or an IANA name, whose offset is taken at
 * the target wall time itself (Kyiv +02:00 in February, +03:00 in April), never at the reference.
 */
export function zoneOffsetAt(zone: string | number, wallMs: number): number {
  if (typeof zone === "number") return zone;
  const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  return wallClockOffsetMinutes(zone, wallMs);
}
