/**
 * TIMEX3 value syntax (TimeML 1.2.1 `value` attribute), for the values this package writes:
 * calendar dates at any precision with optional part-of-day or weekend, BC years, durations,
 * document references and the `X`-wildcard forms used by sets.
 */
import { Memo } from "../memo.js";

const YEARS = "(?:\\d{2,4}|BC\\d{4}|XXXX)";
const PART_OF_DAY = "T(?:MO|AF|EV|NI|DT)";
const TIME = "T(?:[01]\\d|2[0-4])(?::[0-5]\\d(?::[0-5]\\d)?)?";
const DAY_OR_TIME = `(?:${TIME}|${PART_OF_DAY})`;
const CALENDAR = new RegExp(
  "^" + YEARS + "(?:" +
    "-(?:H[12]|Q[1-4X]|SP|SU|FA|WI)" +
    "|-(?:W(?:0[1-9]|[1-4]\\d|5[0-3]|XX))(?:-(?:WE|[1-7X]))?" + `(?:${DAY_OR_TIME})?` +
    "|-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\\d|3[01]|XX)" + `(?:${DAY_OR_TIME})?` + ")?" +
  ")?$",
);
const SET_WEEKDAY = new RegExp(`^XXXX-WXX-[1-7](?:${PART_OF_DAY})?$`);
const DURATION = /^P(?=.)(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|Q|WE|L|C|E))*(?:T(?=.)(?:(?:\d+(?:\.\d+)?|X)[HMS])*)?$/;
const REFERENCE = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/;

const checked = new Memo<boolean>();
const check = (value: string): boolean => CALENDAR.test(value) || SET_WEEKDAY.test(value) || DURATION.test(value) || REFERENCE.test(value);

/** True when `value` is a well-formed TIMEX3 value. */
export function isTimex3Value(value: string): boolean {
  return checked.get(value, check);
}
