import type { Prisma } from "../generated/sqlite/client.ts";

/** Who performs an admin mutation (from the session), for audit rows. */
export interface Actor {
  id: string;
  email: string;
}

/** `email (id)`: readable, and unambiguous when an e-mail is reused. */
export function actorLabel(actor: Actor): string {
  return `${actor.email} (${actor.id})`;
}

/** Writes one audit row inside the mutation's transaction `tx`. */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  entry: { actor: Actor; action: string; entityType: string; entityId: string; before: unknown; after: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actor: actorLabel(entry.actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    },
  });
}
