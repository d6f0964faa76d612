/**
 * The typed result every admin action and admin route answers with. Plain data, safe to import
 * from client components (types only at run time).
 */
import type { AppErrorCode, FieldIssue } from "@dateline/db/errors";
import type { AdminEventDTO } from "@dateline/schema/admin";

export type ActionErrorCode = AppErrorCode | "INTERNAL";

export interface ActionFailure {
  ok: false;
  code: ActionErrorCode;
  message: string;
  /** Problems with single fields, shown beside them (`title`, `date.end`, …). */
  issues: FieldIssue[];
  /** On an edit conflict: the stored event, to show beside the editor's version. */
  conflict?: AdminEventDTO;
}

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
