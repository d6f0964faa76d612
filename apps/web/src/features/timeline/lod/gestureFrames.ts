/**
 * The frames of a gesture (wheel zoom, drag, pinch, zoom keys and buttons). Each input moves the
 * view at once and the chart draws it imperatively (the canvas); React, the URL, the list and the
 * data request hear of the new window only once the view rests. Re-rendering the React tree on
 * every input cost more than a frame's budget (`npm run bench:timeline`).
 *
 * Drawing is coalesced per animation frame: the first input of a frame draws synchronously (input
 * events are dispatched at frame start, so that draw is what the frame shows, without waiting one
 * more frame), later inputs of the same frame leave one draw owed to the next animation frame.
 * The view rests `restMs` after the last input. Framework-free; the clock is injected (tests).
 */

export interface GestureFrameHooks {
  /** Draws the current (live) view. */
  readonly draw: () => void;
  /** The view has rested: commit it (React state, URL, data). */
  readonly rest: () => void;
  /** Quiet time after the last input that counts as rest, ms. */
  readonly restMs: number;
  readonly requestFrame?: (callback: () => void) => number;
  readonly cancelFrame?: (handle: number) => void;
  readonly setTimer?: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  readonly clearTimer?: (handle: ReturnType<typeof setTimeout>) => void;
}

export interface GestureFrames {
  /** An input moved the live view: draw it (now or at the next frame) and restart the rest timer. */
  input(): void;
  /** Whether inputs were drawn that have not rested (been committed) yet. */
  moving(): boolean;
  /** Drops the gesture without committing it (the view was set from outside), and any owed draw. */
  cancel(): void;
}

export function gestureFrames(hooks: GestureFrameHooks): GestureFrames {
  const requestFrame = hooks.requestFrame ?? ((callback: () => void) => requestAnimationFrame(callback));
  const cancelFrame = hooks.cancelFrame ?? ((handle: number) => cancelAnimationFrame(handle));
  const setTimer = hooks.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = hooks.clearTimer ?? ((handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  /** Set while a frame callback is pending: this frame has drawn already. */
  let frame: number | null = null;
  let owed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let moving = false;

  const onFrame = () => {
    frame = null;
    if (!owed) return;
    owed = false;
    hooks.draw();
    frame = requestFrame(onFrame);
  };
  const stop = () => {
    if (frame !== null) cancelFrame(frame);
    if (timer !== null) clearTimer(timer);
    frame = null;
    timer = null;
    owed = false;
    moving = false;
  };
  return {
    input() {
      moving = true;
      if (frame === null) {
        hooks.draw();
        frame = requestFrame(onFrame);
      } else {
        owed = true;
      }
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        timer = null;
        // An owed draw is dropped: the commit redraws the rested view.
        stop();
        hooks.rest();
      }, hooks.restMs);
    },
    moving: () => moving,
    cancel: stop,
  };
}
