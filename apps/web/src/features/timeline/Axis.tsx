import type { Tick } from "./d3/ticks";
import { AXIS_HEIGHT } from "./constants";
import type { Bounds } from "./d3/scale";

/**
 * The time axis along the top: its rule and tick labels. The gridlines through the lanes are
 * drawn on the chart's canvas (`drawScene`'s `grid`), which moves them with every zoom frame.
 */
export function Axis({ ticks, bounds }: { ticks: readonly Tick[]; bounds: Bounds }) {
  return (
    <g className="axis" aria-hidden="true">
      <line className="axis-rule" x1={bounds.x0} x2={bounds.x1} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} />
      {ticks.map((tick) => (
        <g key={tick.time.getTime()} className={tick.major ? "tick tick-major" : "tick"} transform={`translate(${tick.x},0)`}>
          <text className="tick-label" x={4} y={AXIS_HEIGHT - 10}>
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}
