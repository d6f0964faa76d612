"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { DateValue } from "@dateline/schema";
import { ImportArticleInput, ReviewedCandidate, type DatePreview, type ImportCandidateView, type ImportPreview } from "@dateline/schema/admin";
import type { ActionResult } from "@/server/actions/result";
import { DateField, dateFieldStateOf, describeDate } from "./DateField";
import { FieldError } from "./FieldError";
import { fieldErrors, type FieldErrors } from "./issues";
import { settle } from "./settle";
import { useHydrated } from "./useHydrated";

type Decision = "pending" | "accept" | "reject";

interface Review {
  candidate: ImportCandidateView;
  decision: Decision;
  editing: boolean;
  title: string;
  summary: string;
  tags: string;
  date: DateValue | null;
}

interface Parsed {
  text: string;
  encoding: string;
  url: string;
  publisher: string;
  published: string;
  preview: ImportPreview;
}

interface SaveResult {
  created: boolean;
  documentId: string;
  eventIds: string[];
}

function postJson<T>(url: string, body: BodyInit, json: boolean): Promise<ActionResult<T>> {
  return settle(async () => {
    const response = await fetch(url, {
      method: "POST",
      body,
      credentials: "same-origin",
      ...(json ? { headers: { "content-type": "application/json" } } : {}),
    });
    return (await response.json()) as ActionResult<T>;
  });
}

const PUBLISHED_SOURCES: Record<string, string> = {
  option: "given",
  header: "from the header line",
  dateline: "from the timestamp line",
  "press-dateline": "from the press dateline",
};

/** Where the publication date came from, for people. */
function publishedSourceLabel(source: string | null): string {
  return source === null ? "given" : (PUBLISHED_SOURCES[source] ?? source);
}

/** The instant relative dates counted from: the press dateline's day when it was the reference, else publication. */
function referenceOf(preview: ImportPreview): string | undefined {
  return preview.dateline?.reference ? preview.dateline.date.start : preview.published?.start;
}

/** The sentence with the date expression marked (React text nodes only). */
function Sentence({ candidate }: { candidate: ImportCandidateView }) {
  const { sentence, highlight } = candidate;
  if (!highlight) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, highlight.start)}
      <mark>{sentence.slice(highlight.start, highlight.end)}</mark>
      {sentence.slice(highlight.end)}
    </q>
  );
}

/** Paste or upload an article, review the parser's candidates, save the accepted ones. */
export function ImportReview() {
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<SaveResult | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onRead(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const hasFile = file instanceof File && file.size > 0;
    if (file instanceof File && file.name && file.size === 0) {
      setErrors({ file: "The file is empty." });
      setMessage(null);
      return;
    }
    if (!hasFile) {
      const local = ImportArticleInput.safeParse({ text: form.get("text"), url: form.get("url"), publisher: form.get("publisher"), published: form.get("published") });
      if (!local.success) {
        setErrors(fieldErrors(local.error.issues));
        setMessage(null);
        return;
      }
    }
    setPending(true);
    setMessage(null);
    setSaved(null);
    const result = await postJson<{ text: string; encoding: string; preview: ImportPreview }>("/api/admin/import/preview", form, false).finally(() => setPending(false));
    if (!result.ok) {
      setErrors(fieldErrors(result.issues));
      setMessage(result.message);
      return;
    }
    setErrors({});
    const str = (name: string) => String(form.get(name) ?? "");
    setParsed({ ...result.data, url: str("url"), publisher: str("publisher"), published: str("published") });
    setReviews(
      result.data.preview.candidates.map((candidate) => ({
        candidate,
        decision: "pending",
        editing: false,
        title: candidate.title,
        summary: "",
        tags: "",
        date: candidate.date,
      })),
    );
  }

  const update = (index: number, patch: Partial<Review>) => setReviews((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  async function onSave() {
    if (!parsed) return;
    if (reviews.some((r) => r.decision === "pending")) {
      setMessage("Accept or reject every candidate first.");
      return;
    }
    const accepted = reviews
      .filter((r) => r.decision === "accept")
      .map((r) => ({
        title: r.title,
        summary: r.summary.trim() || null,
        date: r.date,
        sentence: r.candidate.sentence,
        span: r.candidate.span,
        mentionIds: r.candidate.mentionIds,
        confidence: r.candidate.confidence,
        tags: r.tags.split(",").map((t) => t.trim()).filter(Boolean),
      }));
    const issues = accepted.flatMap((a, i) => {
      const check = ReviewedCandidate.safeParse(a);
      return check.success ? [] : check.error.issues.map((issue) => ({ path: `accepted.${i}.${issue.path.map(String).join(".")}`, message: issue.message }));
    });
    if (issues.length > 0) {
      setErrors(fieldErrors(issues));
      setMessage("Some accepted candidates need attention.");
      return;
    }
    setPending(true);
    const body = JSON.stringify({ text: parsed.text, url: parsed.url, publisher: parsed.publisher, published: parsed.published, accepted });
    const result = await postJson<SaveResult>("/api/admin/import", body, true).finally(() => setPending(false));
    if (!result.ok) {
      setErrors(fieldErrors(result.issues));
      setMessage(result.message);
      return;
    }
    setSaved(result.data);
    setMessage(
      result.data.created
        ? `Saved the article and ${result.data.eventIds.length} event${result.data.eventIds.length === 1 ? "" : "s"}.`
        : "This article was imported before; nothing was added.",
    );
  }

  const acceptedIndex = (index: number) => reviews.slice(0, index).filter((r) => r.decision === "accept").length;

  return (
    <section aria-labelledby="import-heading">
      <h1 id="import-heading">Import an article</h1>
      <form className="admin-form" method="post" encType="multipart/form-data" onSubmit={onRead} noValidate>
        <label htmlFor="text">Article text</label>
        <textarea id="text" name="text" rows={8} aria-describedby="text-error" />
        <FieldError id="text-error" message={errors.text} />
        <label htmlFor="file">…or a file (.txt, .md, .html; at most 1 MB; UTF-8, UTF-16 or Windows-1252)</label>
        <input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" aria-describedby="file-error" />
        <FieldError id="file-error" message={errors.file} />
        <div className="inline-fields">
          <label>
            URL
            <input name="url" type="url" maxLength={2048} aria-describedby="url-error" />
          </label>
          <label>
            Publisher
            <input name="publisher" maxLength={200} />
          </label>
          <label>
            Published (YYYY-MM-DD; detected when empty)
            <input name="published" maxLength={25} aria-describedby="published-error" />
          </label>
        </div>
        <FieldError id="url-error" message={errors.url} />
        <FieldError id="published-error" message={errors.published} />
        <button type="submit" disabled={!hydrated || pending}>
          {pending && !parsed ? "Reading…" : "Find events"}
        </button>
      </form>

      {message ? (
        <p className="notice" role="status" data-testid="import-message">
          {message}
        </p>
      ) : null}
      {saved ? <Link href="/admin?sort=updated-desc">See the events</Link> : null}

      {parsed ? (
        <section aria-labelledby="candidates-heading" className="candidates">
          <h2 id="candidates-heading">
            {parsed.preview.candidates.length} candidate event{parsed.preview.candidates.length === 1 ? "" : "s"}
          </h2>
          <p className="muted">
            {parsed.preview.title ? `“${parsed.preview.title}”. ` : ""}
            {parsed.preview.published ? `Published ${parsed.preview.published.value} (${publishedSourceLabel(parsed.preview.publishedSource)}). ` : "No publication date found. "}
            Read as {parsed.encoding}.
            {parsed.preview.existingDocumentId ? " This article is already stored: saving adds nothing." : ""}
          </p>
          {parsed.preview.dateline ? (
            <p className="muted" data-testid="import-dateline">
              Dateline “{parsed.preview.dateline.text}” → {parsed.preview.dateline.date.value}
              {parsed.preview.dateline.implied.includes("year") ? " (year implied: check it)" : ""}.{" "}
              {parsed.preview.dateline.reference ? "Relative dates (“Thursday”, “yesterday”) count from the dateline." : "Relative dates count from the publication date."}{" "}
              <small>{parsed.preview.dateline.explanation}</small>
            </p>
          ) : null}
          <details>
            <summary>Article text as read</summary>
            <pre className="article-text" data-testid="article-text">
              {parsed.text}
            </pre>
          </details>
          {parsed.preview.warnings.length > 0 ? (
            <ul className="warnings">
              {parsed.preview.warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          ) : null}
          <ol className="candidate-list">
            {reviews.map((r, index) => (
              <li key={r.candidate.id} className={`candidate ${r.decision}`} data-testid="candidate">
                <p className="candidate-title">
                  <strong>{r.title}</strong> — <span className="mono">{describeDate(r.date ?? r.candidate.date)}</span>
                </p>
                <p className="sentence">
                  <Sentence candidate={r.candidate} />
                </p>
                <p className="muted">
                  {r.candidate.resolution ? `${r.candidate.resolution}. ` : ""}Confidence {Math.round(r.candidate.confidence * 100)}%.
                  {r.candidate.implied.length > 0 ? (
                    <span className={r.candidate.ambiguous ? "badge warn" : "badge"}>
                      {r.candidate.ambiguous ? "ambiguous: " : "implied: "}
                      {r.candidate.implied.join(", ")}
                    </span>
                  ) : null}
                </p>
                <div className="form-actions" role="group" aria-label={`Decision for ${r.title}`}>
                  <button type="button" aria-pressed={r.decision === "accept"} onClick={() => update(index, { decision: "accept" })}>
                    Accept
                  </button>
                  <button type="button" aria-pressed={r.editing} onClick={() => update(index, { editing: !r.editing, decision: "accept" })}>
                    Edit
                  </button>
                  <button type="button" aria-pressed={r.decision === "reject"} onClick={() => update(index, { decision: "reject", editing: false })}>
                    Reject
                  </button>
                </div>
                {r.editing ? (
                  <div className="candidate-edit">
                    <label>
                      Title
                      <input value={r.title} maxLength={200} onChange={(e) => update(index, { title: e.target.value })} />
                    </label>
                    <FieldError id={`c${index}-title`} message={r.decision === "accept" ? errors[`accepted.${acceptedIndex(index)}.title`] : undefined} />
                    <label>
                      Summary
                      <textarea rows={2} value={r.summary} maxLength={5000} onChange={(e) => update(index, { summary: e.target.value })} />
                    </label>
                    <label>
                      Tags (comma-separated)
                      <input value={r.tags} onChange={(e) => update(index, { tags: e.target.value })} />
                    </label>
                    <DateField
                      initial={dateFieldStateOf(r.candidate.date)}
                      initialPreview={{ date: r.candidate.date, explanation: r.candidate.resolution, implied: r.candidate.implied }}
                      reference={referenceOf(parsed.preview)}
                      onChange={(p: DatePreview | null) => update(index, { date: p?.date ?? null })}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          <button type="button" onClick={onSave} disabled={pending || reviews.some((r) => r.decision === "accept" && !r.date)}>
            {pending ? "Saving…" : "Save accepted events"}
          </button>
        </section>
      ) : null}
    </section>
  );
}
