"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteEventAction, restoreEventAction } from "@/server/actions/events";
import { settle } from "./settle";

/** Delete (soft) or restore one event from the table. */
export function RowActions({ id, version, deleted, title }: { id: string; version: number; deleted: boolean; title: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function run() {
    setPending(true);
    const result = await settle(() => (deleted ? restoreEventAction({ id, version }) : deleteEventAction({ id, version })));
    setPending(false);
    setMessage(null);
    if (result.ok) router.refresh();
    else setMessage(result.message);
  }
  return (
    <>
      <button type="button" onClick={run} disabled={pending} aria-label={`${deleted ? "Restore" : "Delete"} ${title}`}>
        {deleted ? "Restore" : "Delete"}
      </button>
      {message ? (
        <span className="field-error" role="alert">
          {message}
        </span>
      ) : null}
    </>
  );
}
