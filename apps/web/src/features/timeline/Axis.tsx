import type { Tick } from "./d3/ticks";
import { AXIS_HEIGHT } from "./constants";
import type { Bounds } from "./d3/scale";

/** The time axis along the top, with faint gridlines through the lanes. */
export function Axis({ ticks, bounds, height }: { ticks: readonly Tick[]; bounds: Bounds; height: number }) {
  return (
    <g className="axis" aria-hidden="true">
      <line className="axis-rule" x1={bounds.x0} x2={bounds.x1} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} />
      {ticks.map((tick) => (
        <g key={tick.time.getTime()} className={tick.major ? "tick tick-major" : "tick"} transform={`translate(${tick.x},0)`}>
          <line className="tick-grid" y1={AXIS_HEIGHT - 6} y2={height} />
          <text className="tick-label" x={4} y={AXIS_HEIGHT - 10}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
