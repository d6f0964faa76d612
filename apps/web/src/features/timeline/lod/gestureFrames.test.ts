import { describe, expect, it } from "vitest";
import { gestureFrames } from "./gestureFrames";

/** A fake clock: animation frames and timers run when the test says so. */
function harness(restMs = 120) {
  const log: string[] = [];
  let frames: { id: number; callback: () => void }[] = [];
  let timers: { at: number; callback: () => void; handle: ReturnType<typeof setTimeout> }[] = [];
  let now = 0;
  let nextId = 1;
  const frames$ = gestureFrames({
    draw: () => log.push(`draw@${now}`),
    rest: () => log.push(`rest@${now}`),
    restMs,
    requestFrame: (callback) => {
      const id = nextId++;
      frames.push({ id, callback });
      return id;
    },
    cancelFrame: (id) => {
      frames = frames.filter((f) => f.id !== id);
    },
    setTimer: (callback, ms) => {
      const handle = nextId++ as unknown as ReturnType<typeof setTimeout>;
      timers.push({ at: now + ms, callback, handle });
      return handle;
    },
    clearTimer: (handle) => {
      timers = timers.filter((t) => t.handle !== handle);
    },
  });
  return {
    log,
    frames: frames$,
    /** Runs the pending animation frames (one vsync). */
    vsync() {
      const due = frames;
      frames = [];
      for (const f of due) f.callback();
    },
    /** Advances the clock, running the timers that fall due. */
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.callback();
    },
  };
}

describe("gestureFrames", () => {
  it("draws the first input of a frame at once, without waiting for the frame", () => {
    const h = harness();
    h.frames.input();
    expect(h.log).toEqual(["draw@0"]);
    expect(h.frames.moving()).toBe(true);
  });

  it("coalesces the later inputs of a frame into one draw at the next frame", () => {
    const h = harness();
    h.frames.input();
    h.frames.input();
    h.frames.input();
    expect(h.log).toEqual(["draw@0"]);
    h.vsync();
    expect(h.log).toEqual(["draw@0", "draw@0"]);
    // Nothing owed: the next frame draws nothing, and the next input draws at once again.
    h.vsync();
    h.advance(16);
    h.frames.input();
    expect(h.log).toEqual(["draw@0", "draw@0", "draw@16"]);
  });

  it.each([
    { gaps: [30, 30, 30], restMs: 120, rests: 1 },
    { gaps: [130, 130], restMs: 120, rests: 2 },
    { gaps: [100, 100, 100], restMs: 150, rests: 1 },
  ])("rests $restMs ms after the last input ($gaps ms apart): $rests commits", ({ gaps, restMs, rests }) => {
    const h = harness(restMs);
    for (const gap of gaps) {
      h.frames.input();
      h.vsync();
      h.advance(gap);
    }
    h.advance(restMs);
    expect(h.log.filter((l) => l.startsWith("rest"))).toHaveLength(rests);
    expect(h.frames.moving()).toBe(false);
  });

  it("commits exactly restMs after the last input, and drops a draw still owed", () => {
    const h = harness(120);
    h.frames.input();
    h.advance(10);
    h.frames.input(); // owed to the next frame, which never comes (a background tab)
    h.advance(119);
    expect(h.log).toEqual(["draw@0"]);
    h.advance(1);
    expect(h.log).toEqual(["draw@0", "rest@130"]);
    h.vsync();
    expect(h.log).toEqual(["draw@0", "rest@130"]);
  });

  it("cancel() drops the gesture: no commit, no owed draw", () => {
    const h = harness(120);
    h.frames.input();
    h.frames.input();
    h.frames.cancel();
    h.vsync();
    h.advance(500);
    expect(h.log).toEqual(["draw@0"]);
    expect(h.frames.moving()).toBe(false);
  });
});
