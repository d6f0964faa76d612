import { annotateTimex } from "../../src/timex/index.js";
import type { TimexAnnotation } from "../../src/timex/types.js";

/** The annotation of `text` (DCT `dct`) whose span is exactly `span`, or undefined. */
export function annotationAt(text: string, dct: string, span: string): TimexAnnotation | undefined {
  return annotateTimex(text, { dct }).find((x) => text.slice(x.start, x.end) === span);
}
