"use client";
import { useEffect, useState } from "react";

/**
 * `value`, except that it only grows while it keeps changing: a smaller value shows once it has
 * rested for `holdMs`. The chart's row count changes on nearly every zoom frame; following it
 * down at once would resize the chart (and move everything below it) back and forth while zooming.
 */
export function useHeldMax(value: number, holdMs: number): number {
  const [held, setHeld] = useState(value);
  // Growing is immediate (an update during render, before anything is committed).
  if (value > held) setHeld(value);
  useEffect(() => {
    if (value >= held) return;
    const timer = setTimeout(() => setHeld(value), holdMs);
    return () => clearTimeout(timer);
  }, [value, held, holdMs]);
  return Math.max(value, held);
}
