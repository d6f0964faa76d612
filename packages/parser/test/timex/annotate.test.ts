import { describe, expect, it } from "vitest";
import { annotationAt } from "./helpers.js";
import { annotateTimex } from "../../src/timex/index.js";
import { annotateTimexEach } from "../../src/timex/annotate.js";
import { annotationToCandidate } from "../../src/timex/mention.js";
import { RULES } from "../../src/timex/rules/index.js";

interface Row {
  text: string;
  dct: string;
  /** The expression as the annotation must span it. */
  span: string;
  type: string;
  value: string;
  mod?: string;
}

function find(text: string, dct: string, span: string) {
  const all = annotateTimex(text, { dct });
  return { all, hit: all.find((a) => text.slice(a.start, a.end) === span) };
}

// DCT 1998-08-07 is a Friday; 1998-03-05 a Thursday; 1989-10-26 a Thursday.
const positives: Row[] = [
  // durations
  { text: "He served three years in prison.", dct: "1998-08-07", span: "three years", type: "DURATION", value: "P3Y" },
  { text: "The meeting lasted two hours.", dct: "1998-08-07", span: "two hours", type: "DURATION", value: "PT2H" },
  { text: "But a minute and a half later, a pilot called.", dct: "1998-01-14", span: "a minute and a half", type: "DURATION", value: "PT1M30S" },
  { text: "Then, a week or so ago, the general picked a date.", dct: "1991-02-25", span: "a week or so ago", type: "DATE", value: "1991-02-18", mod: "APPROX" },
  { text: "In London at mid-afternoon yesterday, shares were up.", dct: "1989-11-02", span: "mid-afternoon yesterday", type: "TIME", value: "1989-11-01TAF", mod: "MID" },
  { text: "Shares fell on Oct. 12. By late afternoon, they recovered.", dct: "1989-11-02", span: "late afternoon", type: "TIME", value: "1989-10-12TAF", mod: "END" },
  // the first end of a range takes its year from the second, whatever the join word (`thru` too)
  { text: "The freeze will last from October thru March 2026.", dct: "2024-06-01", span: "October", type: "DATE", value: "2025-10" },
  { text: "The freeze will last from October to March 2026.", dct: "2024-06-01", span: "October", type: "DATE", value: "2025-10" },
  { text: "He waited an hour and a half.", dct: "1998-08-07", span: "an hour and a half", type: "DURATION", value: "PT1H30M" },
  { text: "The trial lasted a year and a half.", dct: "1998-08-07", span: "a year and a half", type: "DURATION", value: "P1Y6M" },
  { text: "The climb took 2.5 minutes.", dct: "1998-08-07", span: "2.5 minutes", type: "DURATION", value: "PT2M30S" },
  { text: "Prices rose over the past five days.", dct: "1998-08-07", span: "the past five days", type: "DURATION", value: "P5D" },
  { text: "Talks went on for several months.", dct: "1998-08-07", span: "several months", type: "DURATION", value: "PXM" },
  { text: "It took more than four hours to end.", dct: "1998-08-07", span: "more than four hours", type: "DURATION", value: "PT4H", mod: "MORE_THAN" },
  { text: "The flight took about five hours.", dct: "1998-08-07", span: "five hours", type: "DURATION", value: "PT5H", mod: "APPROX" },
  { text: "She spent 5 1/2 hours in Nairobi.", dct: "1998-08-07", span: "5 1/2 hours", type: "DURATION", value: "PT5H30M" },
  { text: "a two-year contract was signed", dct: "1998-08-07", span: "two-year", type: "DURATION", value: "P2Y" },
  { text: "after two decades of war", dct: "1998-08-07", span: "two decades", type: "DURATION", value: "P20Y" },
  // sets
  { text: "The committee meets every week.", dct: "1998-08-07", span: "every week", type: "SET", value: "P1W" },
  { text: "The report is published annually.", dct: "1998-08-07", span: "annually", type: "SET", value: "P1Y" },
  { text: "He visits her each Monday.", dct: "1998-08-07", span: "each Monday", type: "SET", value: "XXXX-WXX-1" },
  { text: "Flights leave on Tuesdays.", dct: "1998-08-07", span: "Tuesdays", type: "SET", value: "XXXX-WXX-2" },
  { text: "We check leads on a daily basis.", dct: "1998-08-07", span: "daily", type: "SET", value: "P1D" },
  { text: "The agency gives the daily tally of inspections.", dct: "1998-08-07", span: "daily", type: "SET", value: "P1D" },
  { text: "Crowds gather daily outside the home.", dct: "1998-08-07", span: "daily", type: "SET", value: "P1D" },
  // years, decades, centuries
  { text: "The plant opened in 2014.", dct: "2023-04-08", span: "2014", type: "DATE", value: "2014" },
  { text: "Sales have grown since 1998.", dct: "2023-04-08", span: "1998", type: "DATE", value: "1998" },
  { text: "Congress passed the 1990 budget.", dct: "1990-11-02", span: "1990", type: "DATE", value: "1990" },
  { text: "Prices collapsed in the 1990s.", dct: "2023-04-08", span: "the 1990s", type: "DATE", value: "199" },
  { text: "It happened in the early '80s.", dct: "1998-08-07", span: "the early '80s", type: "DATE", value: "198", mod: "START" },
  { text: "the greatest war of the 20th century", dct: "1998-08-07", span: "the 20th century", type: "DATE", value: "19" },
  { text: "Growth slowed in early 2022.", dct: "2023-04-08", span: "early 2022", type: "DATE", value: "2022", mod: "START" },
  { text: "A deal is expected by mid-2024.", dct: "2023-04-08", span: "mid-2024", type: "DATE", value: "2024", mod: "MID" },
  { text: "Rome was founded in 753 BC.", dct: "2023-04-08", span: "753 BC", type: "DATE", value: "BC0753" },
  { text: "in the year two thousand", dct: "1998-08-07", span: "the year two thousand", type: "DATE", value: "2000" },
  // quarters, halves, fiscal years
  { text: "Net income rose in the third quarter.", dct: "1998-10-20", span: "the third quarter", type: "DATE", value: "1998-Q3" },
  { text: "It announced a loss for the third quarter of $226.3 million.", dct: "1989-10-27", span: "the third quarter", type: "DATE", value: "1989-Q3" },
  { text: "It posted a third-quarter loss.", dct: "1989-10-26", span: "third-quarter", type: "DATE", value: "1989-Q3" },
  { text: "The fourth quarter was weak.", dct: "1990-02-01", span: "The fourth quarter", type: "DATE", value: "1989-Q4" },
  { text: "Profit fell from the year-ago quarter.", dct: "1989-10-26", span: "the year-ago quarter", type: "DATE", value: "1988-Q3" },
  { text: "Revenue in fiscal 1999 rose.", dct: "1998-08-07", span: "fiscal 1999", type: "DATE", value: "1999" },
  { text: "Results for the first half of 1989 improved.", dct: "1989-10-26", span: "the first half of 1989", type: "DATE", value: "1989-H1" },
  { text: "Planting was delayed earlier in the year by rain.", dct: "1989-10-26", span: "the year", type: "DATE", value: "1989" },
  { text: "For the year, volume was flat.", dct: "1989-10-26", span: "the year", type: "DATE", value: "1989" },
  { text: "It earned $2.7 million for the year ended Aug. 31.", dct: "1989-10-26", span: "the year", type: "DURATION", value: "P1Y" },
  { text: "Profit should rise throughout the fiscal year.", dct: "1989-10-26", span: "the fiscal year", type: "DURATION", value: "P1Y" },
  // seasons, weeks, months
  { text: "Prices peaked last summer.", dct: "1998-03-05", span: "last summer", type: "DATE", value: "1997-SU" },
  { text: "The plant will reopen this fall.", dct: "1998-03-05", span: "this fall", type: "DATE", value: "1998-FA" },
  { text: "Sales dropped last week.", dct: "1998-03-05", span: "last week", type: "DATE", value: "1998-W09" },
  { text: "He resigned last month.", dct: "1998-03-05", span: "last month", type: "DATE", value: "1998-02" },
  { text: "The vote is next month.", dct: "1998-12-15", span: "next month", type: "DATE", value: "1999-01" },
  { text: "The law took effect in January.", dct: "1998-08-07", span: "January", type: "DATE", value: "1998-01" },
  { text: "Trading resumes Jan. 2.", dct: "1989-11-02", span: "Jan. 2", type: "DATE", value: "1990-01-02" },
  { text: "It was signed Aug. 7, 1998, in Nairobi.", dct: "1998-08-20", span: "Aug. 7, 1998", type: "DATE", value: "1998-08-07" },
  { text: "Talks resumed on 25 Mar 2023 in Geneva.", dct: "2023-04-08", span: "25 Mar 2023", type: "DATE", value: "2023-03-25" },
  { text: "Talks resumed on Mar 25, 2023, in Geneva.", dct: "2023-04-08", span: "Mar 25, 2023", type: "DATE", value: "2023-03-25" },
  { text: "We met on 7 August 1998 there.", dct: "1998-08-20", span: "7 August 1998", type: "DATE", value: "1998-08-07" },
  { text: "Shipments begin in late November.", dct: "1989-10-26", span: "late November", type: "DATE", value: "1989-11", mod: "END" },
  { text: "He arrived in March 1996.", dct: "1998-08-07", span: "March 1996", type: "DATE", value: "1996-03" },
  { text: "Elian was found on Thanksgiving Day.", dct: "1999-12-02", span: "Thanksgiving Day", type: "DATE", value: "1999-11-25" },
  // document references
  { text: "The company is now profitable.", dct: "1998-08-07", span: "now", type: "DATE", value: "PRESENT_REF" },
  { text: "He currently runs the unit.", dct: "1998-08-07", span: "currently", type: "DATE", value: "PRESENT_REF" },
  { text: "She recently moved to Miami.", dct: "1998-08-07", span: "recently", type: "DATE", value: "PAST_REF" },
  { text: "Rates may rise in the future.", dct: "1998-08-07", span: "the future", type: "DATE", value: "FUTURE_REF" },
  // relative days and weekdays by tense
  { text: "The embassy was bombed yesterday.", dct: "1998-08-08", span: "yesterday", type: "DATE", value: "1998-08-07" },
  { text: "Officials met today in Nairobi.", dct: "1998-08-07", span: "today", type: "DATE", value: "1998-08-07" },
  { text: "Blinken said on Friday that talks were off.", dct: "2023-04-08", span: "Friday", type: "DATE", value: "2023-04-07" },
  { text: "The minister will travel to Kyiv on Friday.", dct: "2023-04-05", span: "Friday", type: "DATE", value: "2023-04-07" },
  { text: "He left last Friday.", dct: "1998-08-07", span: "last Friday", type: "DATE", value: "1998-07-31" },
  // `planned`, `scheduled` are future cues, not past -ed verbs; `United` is no verb (DCT 1998-09-30 a Wednesday)
  { text: "The team planned to leave Nairobi on Thursday.", dct: "1998-09-30", span: "Thursday", type: "DATE", value: "1998-10-01" },
  { text: "He has scheduled a news conference Thursday.", dct: "1998-09-30", span: "Thursday", type: "DATE", value: "1998-10-01" },
  { text: "The father would be traveling to the United States Thursday.", dct: "1998-09-30", span: "Thursday", type: "DATE", value: "1998-10-01" },
  { text: "The team left Nairobi on Thursday.", dct: "1998-09-30", span: "Thursday", type: "DATE", value: "1998-09-24" },
  { text: "The sale was completed Thursday.", dct: "1998-09-30", span: "Thursday", type: "DATE", value: "1998-09-24" },
  { text: "The three are expected to join in April.", dct: "1998-12-05", span: "April", type: "DATE", value: "1999-04" },
  { text: "The three joined in April.", dct: "1998-12-05", span: "April", type: "DATE", value: "1998-04" },
  { text: "It collapsed two weeks ago.", dct: "1998-03-05", span: "two weeks ago", type: "DATE", value: "1998-02-19" },
  { text: "The raid happened three days ago.", dct: "1998-03-05", span: "three days ago", type: "DATE", value: "1998-03-02" },
  { text: "The storm hit on Aug. 3. Three days later the river flooded.", dct: "1998-08-20", span: "Three days later", type: "DATE", value: "1998-08-06" },
  { text: "The storm hit on Aug. 3. The following day the river flooded.", dct: "1998-08-20", span: "The following day", type: "DATE", value: "1998-08-04" },
  { text: "Earnings improved this year.", dct: "1989-10-26", span: "this year", type: "DATE", value: "1989" },
  { text: "Results were better a year ago.", dct: "1998-08-07", span: "a year ago", type: "DATE", value: "1997" },
  // clock times
  { text: "The bomb went off at 10:35 a.m. local time.", dct: "1998-08-07", span: "10:35 a.m. local time", type: "TIME", value: "1998-08-07T10:35" },
  { text: "Trading halts at 5 p.m. EST Nov. 9 for the day.", dct: "1989-11-02", span: "5 p.m. EST Nov. 9", type: "TIME", value: "1989-11-09T17:00" },
  { text: "Shelling began at 5 a.m. Kyiv time.", dct: "2023-04-08", span: "5 a.m. Kyiv time", type: "TIME", value: "2023-04-08T05:00" },
  { text: "They met this morning.", dct: "1998-08-07", span: "this morning", type: "TIME", value: "1998-08-07TMO" },
  // a weekday keeps a named afternoon or evening (TimeML part-of-day); DCT 1998-09-25 is a Friday
  { text: "The plant closed Thursday evening.", dct: "1998-09-25", span: "Thursday evening", type: "TIME", value: "1998-09-24TEV" },
  { text: "Voters queued on Tuesday afternoon.", dct: "1998-09-25", span: "Tuesday afternoon", type: "TIME", value: "1998-09-22TAF" },
  // holidays, fiscal years, financial periods, decades
  { text: "Pilgrims filled the old city as Easter week began.", dct: "2000-04-20", span: "Easter week", type: "DATE", value: "2000-W16" },
  { text: "Sales reached $2 billion in the latest fiscal year.", dct: "1995-06-10", span: "the latest fiscal year", type: "DATE", value: "1994" },
  { text: "Net for the year-ago six months included a gain.", dct: "1992-07-20", span: "the year-ago six months", type: "DURATION", value: "P6M" },
  { text: "Tastes shifted during the second half of the '70s.", dct: "1992-07-20", span: "the second half of the '70s", type: "DATE", value: "197" },
  { text: "Rates should stay low for the next couple of years.", dct: "1992-07-20", span: "the next couple of years", type: "DURATION", value: "P2Y" },
  // `were planning` is a future seen from the past: the weekday after the DCT (2001-05-16, a Wednesday)
  { text: "Union leaders called a strike for Sunday and were planning pickets.", dct: "2001-05-16", span: "Sunday", type: "DATE", value: "2001-05-20" },
  // a plan in the pluperfect is over: `had been due to` is no future cue
  { text: "The permit had been due to lapse on Friday.", dct: "2001-05-16", span: "Friday", type: "DATE", value: "2001-05-11" },
  // a period that `ended` on a day closed on or before the DCT, even a few days after it in the calendar
  { text: "Revenue rose in the quarter ended Nov. 30.", dct: "1995-11-10", span: "Nov. 30", type: "DATE", value: "1994-11-30" },
  // `March` before a noun, after a determiner, is the month (`may`/`march` alone need a preposition)
  { text: "Critics attacked the March budget.", dct: "1996-05-10", span: "March", type: "DATE", value: "1996-03" },
  // a quarter named with `a` is a comparison: `the year-earlier period` still means the reported quarter
  { text: "Profit rose in the third quarter. After a weak second quarter, sales recovered. In the year-earlier period, the firm lost money.", dct: "1995-11-01", span: "the year-earlier period", type: "DATE", value: "1994-Q3" },
  // a (fiscal) quarter takes its year from the day it ended
  { text: "Results for the second quarter ended Nov. 30 were weak.", dct: "1995-11-10", span: "the second quarter", type: "DATE", value: "1994-Q2" },
  // the second day of a pair is its own date
  { text: "The summit is set for June 3 and 4.", dct: "2001-05-16", span: "4", type: "DATE", value: "2001-06-04" },
  // `of $…` after `the year` is the amount of what came before, not the year's complement
  { text: "The stock hit a high for the year of $31.50 in May.", dct: "1996-10-01", span: "the year", type: "DATE", value: "1996" },
  // the ordinal day of an ongoing event, said of the present, is the DCT
  { text: "Today is the fifth day of the strike.", dct: "2002-03-10", span: "the fifth day", type: "DATE", value: "2002-03-10" },
  // `the day before` closing a clause counts from the story's date
  { text: "The storm hit on Aug. 3. They had left the day before.", dct: "1998-08-20", span: "the day before", type: "DATE", value: "1998-08-02" },
  // `by June` is a deadline: in a December story the coming June, though a past verb reports the plan
  { text: "The firm outlined steps to cut its debt by June.", dct: "1995-12-20", span: "June", type: "DATE", value: "1996-06" },
  // `since March` reaches back, whatever the tense of the clause after it
  { text: "The ship has been at sea since March and was scheduled to dock soon.", dct: "1990-08-13", span: "March", type: "DATE", value: "1990-03" },
];

describe("annotateTimex", () => {
  it("runs with a subset of the rules whose triggers have no one- or two-letter words", () => {
    const rules = RULES.filter((r) => r.name === "weekend");
    const found = annotateTimex("Talks resume this weekend.", { dct: "1998-08-07", rules });
    expect(found.map((a) => a.value)).toEqual(["1998-W32-WE"]);
  });

  it.each(positives)("$span in “$text” (DCT $dct) → $type $value", ({ text, dct, span, type, value, mod }) => {
    const { all, hit } = find(text, dct, span);
    expect(hit, JSON.stringify(all.map((a) => [text.slice(a.start, a.end), a.value]))).toBeDefined();
    expect(hit?.type).toBe(type);
    expect(hit?.value).toBe(value);
    if (mod) expect(hit?.mod).toBe(mod);
  });

  const spans: { text: string; span: string }[] = [
    { text: "Results for the third quarter were weak.", span: "the third quarter" },
    { text: "The talks resumed on Friday, officials said.", span: "Friday" },
    { text: "Friday's ruling surprised lawyers.", span: "Friday" },
    { text: "Profit rose over the past 20 years.", span: "the past 20 years" },
    { text: "It was announced earlier Friday.", span: "Friday" },
    { text: "He expects growth in the future.", span: "the future" },
  ];
  it.each(spans)("spans TimeML-style: “$span” in “$text”", ({ text, span }) => {
    const all = annotateTimex(text, { dct: "1998-08-07" });
    expect(all.map((a) => text.slice(a.start, a.end))).toContain(span);
  });

  const negatives: { text: string; why: string }[] = [
    { text: "Unemployment sits just above its quarter-century low.", why: "a quarter-century is no calendar quarter" },
    { text: "The quarter-to-quarter comparison was flattering.", why: "quarter-to-quarter compares quarters" },
    { text: "He spoke on ABC's \"This Week\" programme.", why: "a quoted title" },
    { text: "Such a delay will mar 25 meetings.", why: "the verb mar, lower case" },
    { text: "The army sent 2000 soldiers to the border.", why: "a count" },
    { text: "The shares cost $1999 each.", why: "money" },
    { text: "Install version 1.5.3 of the package.", why: "a version" },
    { text: "Call 555-1234 or 212-555-0199 for details.", why: "phone numbers" },
    { text: "The Lakers won 102-98 at home.", why: "a score" },
    { text: "The parcel weighed 6.5 kilograms.", why: "a measurement" },
    { text: "A 6-year-old boy was rescued.", why: "an age" },
    { text: "He is 52 years old.", why: "an age" },
    { text: "Iraq imports about three-quarters of its food.", why: "a fraction" },
    { text: "The company raised its quarterly dividend.", why: "an adjective" },
    { text: "The Communist Party daily Granma printed it.", why: "a newspaper" },
    { text: "The report was confirmed by the daily.", why: "a newspaper, standing alone" },
    { text: "The story ran in a daily newspaper.", why: "a kind of newspaper" },
    { text: "You may go now-defunct routes.", why: "a compound" },
    { text: "It cost $500 million a year in interest.", why: "a rate" },
    { text: "The price fell 1,500 points in 1,998 trades.", why: "numbers with separators" },
    { text: "Now, the board says, it will wait.", why: "a discourse marker opening the sentence" },
    { text: "Leaders argued about the future of the alliance.", why: "the alliance's prospects, not a time" },
    { text: "Analysts said the future looks bleak for the mill.", why: "the outlook as a subject, not a time" },
    { text: "She designs the cars of tomorrow.", why: "the era to come, not the next day" },
    { text: "She gave to the March of Dimes.", why: "a charity's name" },
    { text: "The chip runs 20 million instructions per second.", why: "a unit of measure" },
    { text: "Police raided the camp in the early hours of the raid.", why: "the start of an event, not a length of time" },
    { text: "He was last seen on the day before police searched the house.", why: "a day counted from an event, not from the story's date" },
    { text: "She jogs in the morning.", why: "a habit, and the story set no day" },
    { text: "The talks broke up in the evening.", why: "no day the story set: which evening is unknown" },
  ];
  it.each(negatives)("finds no date in “$text” ($why)", ({ text }) => {
    expect(annotateTimex(text, { dct: "1998-08-11" })).toEqual([]);
  });

  it("leaves a future `in the morning` unmarked, also in a story set on an earlier day", () => {
    const text = "Shares closed lower Friday. Dealers will place orders in the morning.";
    expect(annotateTimex(text, { dct: "1989-10-30" }).map((a) => text.slice(a.start, a.end))).toEqual(["Friday"]);
  });

  it.each([
    { text: "The festival runs March 3-5 in Austin.", span: "March 3-5", value: "2023-03-03", end: "2023-03-06T00:00:00.000Z" },
    { text: "Talks ran from Oct. 12 to 15, 1998, in Geneva.", span: "Oct. 12 to 15, 1998", value: "1998-10-12", end: "1998-10-16T00:00:00.000Z" },
  ])("reads the range $span as one mention covering to its last day", ({ text, span, value, end }) => {
    const a = annotationAt(text, "2023-04-08", span);
    expect(a?.value).toBe(value);
    expect(a && annotationToCandidate(a, text, 0).date?.end).toBe(end);
  });

  it.each([
    { text: "The plant will close by 2030.", span: "2030", mod: "ON_OR_BEFORE" },
    { text: "Prices have risen since 1998.", span: "1998", mod: "ON_OR_AFTER" },
    { text: "It must end before March 2024.", span: "March 2024", mod: "BEFORE" },
    { text: "Nothing happened after 1995.", span: "1995", mod: "AFTER" },
    { text: "They left around Nov. 1.", span: "Nov. 1", mod: "APPROX" },
  ])("bounds $span with $mod from its preposition", ({ text, span, mod }) => {
    const a = annotationAt(text, "2023-04-08", span);
    expect(a?.mod).toBe(mod);
  });

  it("throws on an invalid reference date", () => {
    expect(() => annotateTimex("today", { dct: "yesterday" })).toThrow(/invalid reference date/);
  });
});

describe("annotateTimexEach", () => {
  it.each([
    { text: "Talks began on Friday, two weeks after the March 3 vote, and resumed last year.", dct: "1998-08-07" },
    { text: "The third quarter ended; a year earlier, profit fell. It will rise next month.", dct: "1989-10-26" },
    { text: "No dates here at all.", dct: "2023-04-08" },
  ])("visits what annotateTimex returns, in text order: $text", ({ text, dct }) => {
    const visited: unknown[] = [];
    annotateTimexEach(text, { dct }, (a) => visited.push(a));
    expect(visited).toEqual(annotateTimex(text, { dct }));
    const starts = visited.map((a) => (a as { start: number }).start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });
});
