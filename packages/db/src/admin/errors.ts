import type { AdminEventDTO } from "@dateline/schema/admin";
import { AppError } from "../errors.ts";

/**
 * A save based on a stale version: someone else saved first. Carries the stored event so the
 * editor can see both versions and lose nothing.
 */
export class EditConflictError extends AppError {
  readonly current: AdminEventDTO;

  constructor(current: AdminEventDTO, expectedVersion: number) {
    super("CONFLICT", `event ${current.id} is at version ${current.version}, not ${expectedVersion}: someone else saved it first`);
    this.current = current;
  }
}

export function isEditConflict(error: unknown): error is EditConflictError {
  return error instanceof EditConflictError;
}
