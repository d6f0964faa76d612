// A hand-made parse of a small article, shaped exactly like @dateline/parser's ParseResult.
import type { Mention, ParsedEvent, ParseResult, Precision } from "@dateline/parser";

export const ARTICLE = [
  "Talks stall",
  "Moscow launched its operation in February 2022, officials said.",
  "Zelensky signed a decree in October 2022.",
  "Blinken told German press on Friday that talks are off the table.",
].join("\n");

interface Row {
  sentence: string;
  dateText: string;
  title: string;
  value: string;
  precision: Precision;
  start: string;
  end: string;
  explanation: string;
}

const ROWS: Row[] = [
  {
    sentence: "Moscow launched its operation in February 2022, officials said.",
    dateText: "February 2022",
    title: "Moscow launched its operation",
    value: "2022-02",
    precision: "month",
    start: "2022-02-01T00:00:00.000Z",
    end: "2022-03-01T00:00:00.000Z",
    explanation: "absolute month",
  },
  {
    sentence: "Zelensky signed a decree in October 2022.",
    dateText: "October 2022",
    title: "Zelensky signed a decree",
    value: "2022-10",
    precision: "month",
    start: "2022-10-01T00:00:00.000Z",
    end: "2022-11-01T00:00:00.000Z",
    explanation: "absolute month",
  },
  {
    sentence: "Blinken told German press on Friday that talks are off the table.",
    dateText: "Friday",
    title: "Blinken said talks are off the table",
    value: "2023-04-07",
    precision: "day",
    start: "2023-04-07T00:00:00.000Z",
    end: "2023-04-08T00:00:00.000Z",
    explanation: '"Friday" before published Sat 2023-04-08 → 2023-04-07',
  },
];

/** A ParseResult of `text` (default ARTICLE) with the three events above, offsets computed. */
export function fixtureParse(text: string = ARTICLE): ParseResult {
  const mentions: Mention[] = [];
  const events: ParsedEvent[] = ROWS.map((row, i) => {
    const spanStart = text.indexOf(row.sentence);
    const mentionStart = spanStart + row.sentence.indexOf(row.dateText);
    const date = { value: row.value, precision: row.precision, start: row.start, end: row.end };
    mentions.push({
      id: `m${i}`,
      start: mentionStart,
      end: mentionStart + row.dateText.length,
      text: row.dateText,
      timex: { type: "DATE", value: row.value },
      precision: row.precision,
      date,
      resolution: { rule: "absolute", anchor: null, implied: [], explanation: row.explanation },
    });
    return {
      id: `e${i}`,
      date,
      title: row.title,
      sentence: row.sentence,
      span: { start: spanStart, end: spanStart + row.sentence.length },
      mentionIds: [`m${i}`],
      confidence: 0.9,
    };
  });
  return {
    document: {
      published: {
        value: "2023-04-08",
        precision: "day",
        start: "2023-04-08T00:00:00.000Z",
        end: "2023-04-09T00:00:00.000Z",
      },
      publishedSource: "option",
      publishedSpan: null,
      dateline: null,
      title: "Talks stall",
      timezone: "UTC",
      locale: "en",
      length: text.length,
    },
    events,
    mentions,
    warnings: [],
  };
}
