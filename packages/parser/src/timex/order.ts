/**
 * Day/month order of numeric dates, decided per document: a date whose first number exceeds 12
 * (`25/03/2023`) shows the writer puts the day first; one whose second number does (`03/25/2023`)
 * shows month first. The locale decides only when the document itself is silent or contradicts itself.
 */
const NUMERIC = /(?<![\d./-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?![\d/-]|\.\d)/g;

/** Evidence for each order found in `text`. */
export function orderEvidence(text: string): { dayFirst: number; monthFirst: number } {
  let dayFirst = 0;
  let monthFirst = 0;
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && a >= 1 && a <= 12) monthFirst++;
  }
  return { dayFirst, monthFirst };
}

/**
 * The order this document's own unambiguous numeric dates show: `true` day-first, `false`
 * month-first, `null` when it has none or both (the caller's locale decides then).
 */
export function documentDayFirst(text: string): boolean | null {
  const { dayFirst, monthFirst } = orderEvidence(text);
  if (dayFirst > 0 && monthFirst === 0) return true;
  if (monthFirst > 0 && dayFirst === 0) return false;
  return null;
}

/**
 * Whether ambiguous numeric dates (`03/04/2022`) of this document read day-first: the document's
 * unambiguous dates decide; with no or mixed evidence, the locale does (`en-US` month-first,
 * other English locales day-first).
 */
export function readsDayFirst(text: string, locale: string): boolean {
  return documentDayFirst(text) ?? (!/^en(?:-US)?$/i.test(locale) && /^en-/i.test(locale));
}
