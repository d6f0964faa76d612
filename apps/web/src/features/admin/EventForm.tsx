"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { EVENT_STATUSES, type EventStatus } from "@dateline/schema";
import { AdminEventCreate, AdminEventUpdate, type AdminEventDTO, type DatePreview } from "@dateline/schema/admin";
import { createEventAction, updateEventAction } from "@/server/actions/events";
import type { ActionResult } from "@/server/actions/result";
import { DateField, dateFieldStateOf, describeDate } from "./DateField";
import { FieldError } from "./FieldError";
import { fieldErrors, type FieldErrors } from "./issues";
import { settle } from "./settle";
import { useHydrated } from "./useHydrated";

interface Values {
  title: string;
  summary: string;
  sourceUrl: string;
  tags: string;
  status: EventStatus;
}

function valuesOf(event: AdminEventDTO | null): Values {
  return {
    title: event?.title ?? "",
    summary: event?.summary ?? "",
    sourceUrl: event?.sourceUrl ?? "",
    tags: event?.tags.join(", ") ?? "",
    status: event?.status ?? "draft",
  };
}

function payloadOf(values: Values, date: DatePreview["date"] | undefined, confidence: number) {
  return {
    title: values.title,
    summary: values.summary.trim() ? values.summary : null,
    date,
    confidence,
    status: values.status,
    tags: values.tags.split(",").map((t) => t.trim()).filter(Boolean),
    sourceUrl: values.sourceUrl.trim() ? values.sourceUrl.trim() : null,
  };
}

/** Create or edit one event. Validates with the shared schema here and again on the server. */
export function EventForm({ event }: { event: AdminEventDTO | null }) {
  const router = useRouter();
  const [values, setValues] = useState(() => valuesOf(event));
  const [version, setVersion] = useState(event?.version ?? 0);
  const [date, setDate] = useState<DatePreview | null>(event ? { date: event.date, explanation: "as stored", implied: [] } : null);
  const [dateKey, setDateKey] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<AdminEventDTO | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  async function save(atVersion: number) {
    const payload = payloadOf(values, date?.date, event?.confidence ?? 1);
    const local = event ? AdminEventUpdate.safeParse({ ...payload, id: event.id, version: atVersion }) : AdminEventCreate.safeParse(payload);
    if (!local.success) {
      setErrors(fieldErrors(local.error.issues));
      if (!date) setErrors((e) => ({ ...e, date: "Enter a date the server understands." }));
      return;
    }
    setPending(true);
    setNotice(null);
    const result: ActionResult<AdminEventDTO> = await settle(() =>
      event ? updateEventAction({ ...payload, id: event.id, version: atVersion }) : createEventAction(payload),
    );
    setPending(false);
    if (result.ok) {
      setErrors({});
      setConflict(null);
      if (!event) {
        router.push(`/admin/events/${encodeURIComponent(result.data.id)}?created=1`);
        return;
      }
      setVersion(result.data.version);
      setNotice(`Saved (version ${result.data.version}).`);
      router.refresh();
      return;
    }
    setErrors(fieldErrors(result.issues));
    if (result.code === "CONFLICT" && result.conflict) {
      setConflict(result.conflict);
      setNotice(null);
    } else {
      setNotice(result.message);
    }
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void save(version);
  }

  function takeTheirs(stored: AdminEventDTO) {
    setValues(valuesOf(stored));
    setDate({ date: stored.date, explanation: "as stored", implied: [] });
    setDateKey((k) => k + 1);
    setVersion(stored.version);
    setConflict(null);
    setNotice(`Loaded version ${stored.version}. Your changes were replaced.`);
  }

  const dis = (name: string) => (errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});

  return (
    <form className="admin-form event-form" method="post" onSubmit={onSubmit} noValidate>
      {conflict ? <ConflictPanel mine={{ ...payloadOf(values, date?.date, 1), version }} theirs={conflict} onKeepMine={() => void save(conflict.version)} onTakeTheirs={() => takeTheirs(conflict)} /> : null}
      <label htmlFor="title">Title</label>
      <input id="title" name="title" value={values.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} {...dis("title")} />
      <FieldError id="title-error" message={errors.title} />

      <label htmlFor="summary">Summary</label>
      <textarea id="summary" name="summary" rows={3} value={values.summary} maxLength={5000} onChange={(e) => set({ summary: e.target.value })} {...dis("summary")} />
      <FieldError id="summary-error" message={errors.summary} />

      <DateField key={dateKey} initial={event ? dateFieldStateOf(date?.date ?? event.date) : { text: "", endText: "", precision: "auto", mod: "auto" }} initialPreview={date} error={errors.date} onChange={setDate} />

      <label htmlFor="sourceUrl">Source URL (http or https)</label>
      <input id="sourceUrl" name="sourceUrl" type="url" inputMode="url" value={values.sourceUrl} maxLength={2048} onChange={(e) => set({ sourceUrl: e.target.value })} {...dis("sourceUrl")} />
      <FieldError id="sourceUrl-error" message={errors.sourceUrl} />

      <label htmlFor="tags">Tags (comma-separated)</label>
      <input id="tags" name="tags" value={values.tags} onChange={(e) => set({ tags: e.target.value })} {...dis("tags")} />
      <FieldError id="tags-error" message={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith("tags."))?.[1]} />

      <fieldset className="inline-fields">
        <legend>Status</legend>
        {EVENT_STATUSES.map((s) => (
          <label key={s}>
            <input type="radio" name="status" value={s} checked={values.status === s} onChange={() => set({ status: s })} /> {s}
          </label>
        ))}
      </fieldset>

      {notice ? (
        <p className="notice" role="status" data-testid="form-notice">
          {notice}
        </p>
      ) : null}
      <FieldError id="form-error" message={errors.form} />
      <div className="form-actions">
        <button type="submit" disabled={!hydrated || pending || !date}>
          {pending ? "Saving…" : event ? "Save changes" : "Create event"}
        </button>
        <Link href="/admin">Back to events</Link>
      </div>
    </form>
  );
}

type Shown = { title: string; summary: string | null; date?: AdminEventDTO["date"] | undefined; status: string; tags: string[]; sourceUrl: string | null; version: number };

function ConflictPanel({ mine, theirs, onKeepMine, onTakeTheirs }: { mine: Shown; theirs: AdminEventDTO; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const rows: [string, (v: Shown) => string][] = [
    ["Title", (v) => v.title],
    ["Summary", (v) => v.summary ?? ""],
    ["Date", (v) => (v.date ? describeDate(v.date) : "")],
    ["Status", (v) => v.status],
    ["Tags", (v) => v.tags.join(", ")],
    ["Source URL", (v) => v.sourceUrl ?? ""],
  ];
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Someone else saved this event while you were editing</h2>
      <p>Nothing of yours was saved or lost. Compare, then keep your version or take theirs.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version (based on {mine.version})</th>
            <th scope="col">Saved version {theirs.version}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, get]) => (
            <tr key={label} className={get(mine) === get(theirs) ? undefined : "differs"}>
              <th scope="row">{label}</th>
              <td data-testid={`mine-${label}`}>{get(mine)}</td>
              <td data-testid={`theirs-${label}`}>{get(theirs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </section>
  );
}
