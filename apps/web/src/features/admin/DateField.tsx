"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { DateValue } from "@dateline/schema";
import { ADMIN_MODS, ADMIN_PRECISIONS, type AdminMod, type AdminPrecision, type DatePreview } from "@dateline/schema/admin";
import { previewDateAction } from "@/server/actions/events";
import { FieldError } from "./FieldError";
import { settle } from "./settle";

export interface DateFieldState {
  text: string;
  endText: string;
  precision: AdminPrecision | "auto";
  mod: AdminMod | "none" | "auto";
}

const MOD_LABELS: Record<AdminMod, string> = {
  APPROX: "approximate",
  BEFORE: "before",
  AFTER: "after",
  START: "start of",
  MID: "middle of",
  END: "end of",
};

/** Form state that shows `date` as stored (a range `a/b` becomes start and end phrases). */
export function dateFieldStateOf(date: DateValue): DateFieldState {
  const [start = date.value, end = ""] = date.value.split("/");
  return { text: start, endText: end, precision: "auto", mod: date.mod && (ADMIN_MODS as readonly string[]).includes(date.mod) ? (date.mod as AdminMod) : "auto" };
}

/** "2022-02 (month), start of, 2022-02-01 → 2022-03-01 UTC" */
export function describeDate(date: DateValue): string {
  const mod = date.mod ? `, ${MOD_LABELS[date.mod as AdminMod] ?? date.mod}` : "";
  return `${date.value} (${date.precision}${mod}), ${date.start.slice(0, 16).replace("T", " ")} → ${date.end.slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * A natural-language date input. The server (the parser) reads it and this field shows what it
 * understood before anything is saved; precision and modifier can be overridden, and an end
 * phrase makes a range. Reports the understood date (or null while unreadable) to the form.
 */
export function DateField({
  initial,
  initialPreview,
  error,
  reference,
  onChange,
}: {
  initial: DateFieldState;
  initialPreview: DatePreview | null;
  error?: string | undefined;
  /** Instant relative phrases ("last Friday") are read against; default: now, on the server. */
  reference?: string | undefined;
  onChange: (preview: DatePreview | null) => void;
}) {
  const id = useId();
  const [state, setState] = useState(initial);
  const [preview, setPreview] = useState(initialPreview);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [pending, setPending] = useState(false);
  const touched = useRef(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!touched.current) return;
    if (!state.text.trim()) {
      setPreview(null);
      onChangeRef.current(null);
      return;
    }
    let cancelled = false;
    setPending(true);
    // Nothing can be saved until the new phrase is understood.
    onChangeRef.current(null);
    const timer = setTimeout(async () => {
      const result = await settle(() => previewDateAction(reference ? { ...state, reference } : state));
      if (cancelled) return;
      setPending(false);
      if (result.ok) {
        setPreview(result.data);
        setProblem(null);
        onChangeRef.current(result.data);
      } else {
        const issue = result.issues[0];
        setPreview(null);
        setProblem({ field: issue?.path ?? "text", message: issue?.message ?? result.message });
        onChangeRef.current(null);
      }
    }, 350);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [state, reference]);

  const update = (patch: Partial<DateFieldState>) => {
    touched.current = true;
    setState((s) => ({ ...s, ...patch }));
  };
  const textError = problem?.field === "text" ? problem.message : error;
  const endError = problem?.field === "endText" ? problem.message : undefined;

  return (
    <fieldset className="date-field">
      <legend>Date</legend>
      <label htmlFor={`${id}-text`}>When (e.g. “early 2022”, “24 Feb 2022 05:00 Kyiv time”, “2022-02”)</label>
      <input
        id={`${id}-text`}
        name="dateText"
        value={state.text}
        maxLength={200}
        aria-invalid={textError ? true : undefined}
        aria-describedby={`${id}-understood ${id}-text-error`}
        onChange={(e) => update({ text: e.target.value })}
      />
      <FieldError id={`${id}-text-error`} message={textError} />
      <label htmlFor={`${id}-end`}>Until (optional, for a range)</label>
      <input id={`${id}-end`} name="dateEndText" value={state.endText} maxLength={200} onChange={(e) => update({ endText: e.target.value })} />
      <FieldError id={`${id}-end-error`} message={endError} />
      <div className="inline-fields">
        <label>
          Precision
          <select name="datePrecision" value={state.precision} onChange={(e) => update({ precision: e.target.value as DateFieldState["precision"] })}>
            <option value="auto">as written</option>
            {ADMIN_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          Modifier
          <select name="dateMod" value={state.mod} onChange={(e) => update({ mod: e.target.value as DateFieldState["mod"] })}>
            <option value="auto">as written</option>
            <option value="none">none</option>
            {ADMIN_MODS.map((m) => (
              <option key={m} value={m}>
                {MOD_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <output id={`${id}-understood`} className="understood" aria-live="polite" data-testid="date-understood">
        {pending ? "Reading…" : preview ? `Understood: ${describeDate(preview.date)} — ${preview.explanation}` : "Not understood yet."}
        {preview && preview.implied.length > 0 ? ` Implied: ${preview.implied.join(", ")}.` : null}
      </output>
    </fieldset>
  );
}
