import { describe, expect, it } from "vitest";
import { annotateTimex } from "../../src/timex/index.js";

/** A mention, its span as the annotation must give it, and `TYPE value` it must resolve to. */
type Row = { text: string; dct: string; span: string; expected: string; why: string };

// Values of mentions the annotator finds (made-up sentences). DCT 1998-08-05 is a Wednesday,
// 1998-08-07 a Friday.
const rows: Row[] = [
  // an uncounted stretch up to now is the recent past; after `for` it is still measured
  { text: "Bond yields have drifted lower over the past several weeks.", dct: "1998-08-07", span: "the past several weeks", expected: "DATE PAST_REF", why: "vague count after the past" },
  { text: "Ticket sales slumped in the last few months.", dct: "1998-08-07", span: "the last few months", expected: "DATE PAST_REF", why: "vague count after the last" },
  { text: "For the past few weeks the mill has run one shift.", dct: "1998-08-07", span: "the past few weeks", expected: "DURATION PXW", why: "`for` measures a duration" },
  { text: "The last few days of the trial were tense.", dct: "1998-08-07", span: "The last few days", expected: "DURATION PXD", why: "the final days of something" },
  { text: "Traders expect the index to recover over the next few days.", dct: "1998-08-07", span: "the next few days", expected: "DURATION PXD", why: "the future stretch stays a duration" },
  // `until`, `as soon as`, `starting` point ahead unless the clause has a past perfect
  { text: "Until Friday, the ministry had not named the buyer.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-07-31", why: "the past perfect outweighs until" },
  { text: "The bridge remains shut until Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "until alone still points ahead" },
  { text: "The agency extended its deadline until Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "a simple past does not turn until back" },
  // a modal before a bare verb points past the reference; `would have` + participle looks back
  { text: "Officials said talks would resume Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "would + bare verb" },
  { text: "The two sides could meet again Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "could + bare verb" },
  { text: "Analysts said the bank should cut rates by Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "should + bare verb" },
  { text: "The strike might end Friday.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-08-07", why: "might + bare verb" },
  { text: "Lawyers said they would look for ways to get around Wednesday's ruling.", dct: "1998-08-07", span: "Wednesday", expected: "DATE 1998-08-05", why: "a possessive weekday is no adjunct of the modal's verb" },
  { text: "Moscow issued warnings on Thursday that air strikes could follow.", dct: "1998-08-07", span: "Thursday", expected: "DATE 1998-08-06", why: "a modal after the date does not move it" },
  { text: "Officials said talks would have resumed Friday but for the storm.", dct: "1998-08-05", span: "Friday", expected: "DATE 1998-07-31", why: "would have + participle is past" },
  // a plain past verb before a bare month reports the latest such month, not the nearer one ahead
  { text: "The envoy left in March.", dct: "2022-02-24", span: "March", expected: "DATE 2021-03", why: "left in: the March before" },
  { text: "Prices were cut sharply in April.", dct: "2022-02-24", span: "April", expected: "DATE 2021-04", why: "were + participle" },
  { text: "Lawyers hope to win when the case is heard in May.", dct: "2000-03-29", span: "May", expected: "DATE 2000-05", why: "a participle after is is no past verb" },
  { text: "A dividend will be paid on a still unspecified date in January.", dct: "1989-11-02", span: "January", expected: "DATE 1990-01", why: "an -ed adjective is no past verb" },
  { text: "The envoy will leave in March.", dct: "2022-02-24", span: "March", expected: "DATE 2022-03", why: "a future clause keeps the March ahead" },
  { text: "The envoy was expected to return in March.", dct: "2022-02-24", span: "March", expected: "DATE 2022-03", why: "a plan, not a report" },
  // an -ed word after a determiner or `to` is an adjective, not a past verb
  { text: "The envoy will fly home from the summit Tuesday, according to unconfirmed reports.", dct: "1998-08-07", span: "Tuesday", expected: "DATE 1998-08-11", why: "unconfirmed is no past verb" },
  { text: "Police questioned the injured driver on Monday.", dct: "1998-08-07", span: "Monday", expected: "DATE 1998-08-03", why: "the verb before the adjective still counts" },
  // `ahead of`/`until the weekend` look forward in a past clause (DCT 1989-10-30 is a Monday)
  { text: "Traders had chosen to square positions ahead of the weekend.", dct: "1989-10-30", span: "the weekend", expected: "DATE 1989-W44-WE", why: "ahead of points to the coming weekend" },
  { text: "Traders had squared positions over the weekend.", dct: "1989-10-30", span: "the weekend", expected: "DATE 1989-W43-WE", why: "a past clause alone keeps the weekend just gone" },
  // a comparison with the year-ago quarter keeps the reported quarter the topic of the story
  {
    text: "Kimberly-Clark posted a 20% gain in third-quarter net income. Sales rose 6.2% to $1.45 billion from $1.37 billion. After a flat second quarter, the newsprint business rebounded strongly and the pulp business added $50 million in sales to the total. The quarter-to-quarter comparison was also enhanced by charges taken in the year-earlier period, including $11 million related to the closing of a mill in Alabama. Interest expense and tax rates were lower than a year ago.",
    dct: "1989-11-01", span: "a year ago", expected: "DATE 1988-Q3", why: "the year-earlier period renews the quarter",
  },
  // a period with no name of its own is the span the story last measured
  { text: "For the first nine months, net rose 12% to $240 million. In the year-earlier period, the company had net of $77.2 million.", dct: "1989-10-27", span: "the year-earlier period", expected: "DURATION P9M", why: "the last period named was nine months" },
  { text: "Third-quarter net rose 12% to $24 million. In the year-earlier period, the company had net of $7.2 million.", dct: "1989-10-27", span: "the year-earlier period", expected: "DATE 1988-Q3", why: "the last period named was a quarter" },
  // a range of counts is valued by its lower bound
  { text: "The company will resume shipments of the chips within two to three weeks.", dct: "1989-10-30", span: "two to three weeks", expected: "DURATION P2W", why: "lower bound of the range" },
  // a change `effective` a day takes effect on one still to come, whatever verb reports it
  { text: "Output was hurt by the company's new labor pact effective June 1.", dct: "1989-10-26", span: "June 1", expected: "DATE 1990-06-01", why: "effective points ahead" },
  { text: "The new labor pact became effective June 1.", dct: "1989-10-26", span: "June 1", expected: "DATE 1989-06-01", why: "became effective reports a past change" },
  // `overnight` in a story set on an earlier day is the night before that day (DCT 1989-10-30 is a Monday)
  { text: "London shares closed lower Friday. They were depressed by overnight losses in New York.", dct: "1989-10-30", span: "overnight", expected: "TIME 1989-10-26TNI", why: "the night before the story's Friday" },
  { text: "Tokyo shares were depressed by overnight losses in New York.", dct: "1989-10-30", span: "overnight", expected: "TIME 1989-10-30TNI", why: "no earlier day set: the published day's night" },
  // `in the morning` in a past clause is the morning of the day the story set
  { text: "London shares closed lower Friday. Dealers placed buy orders in the morning.", dct: "1989-10-30", span: "the morning", expected: "TIME 1989-10-27TMO", why: "the morning of the story's Friday" },
  // a counted plural season recurs: a set, not a stretch of time
  { text: "Violence has flared in Portadown for the past three summers.", dct: "1998-03-22", span: "the past three summers", expected: "SET XXXX-SU", why: "summers counted back" },
  { text: "Ice closed the port for the last two winters.", dct: "1998-03-22", span: "the last two winters", expected: "SET XXXX-WI", why: "winters counted back" },
];

describe("annotateTimex values", () => {
  it.each(rows)("$span in “$text” (DCT $dct) → $expected ($why)", ({ text, dct, span, expected }) => {
    const all = annotateTimex(text, { dct });
    const hit = all.find((a) => text.slice(a.start, a.end) === span);
    expect(hit && `${hit.type} ${hit.value}`, JSON.stringify(all.map((a) => [text.slice(a.start, a.end), a.value]))).toBe(expected);
  });
});
