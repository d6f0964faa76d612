import type { EventDTO } from "@dateline/schema";
import { BAR_HEIGHT, LABEL_OFFSET, POINT_RADIUS, laneY } from "./constants";
import { formatDate } from "./d3/dateText";
import type { TimelineLayout } from "./d3/layout";
import { markExtent, type Edge } from "./d3/marks";

export interface MarksProps {
  events: ReadonlyMap<string, EventDTO>;
  layout: TimelineLayout;
  ids: { mark(id: string): string; gradient(start: Edge, end: Edge): string };
  activeId: string | null;
  selectedId: string | null;
  onActivate(id: string | null): void;
  onSelect(id: string): void;
}

/** Edge shapes with a gradient (a sharp/sharp bar is a plain fill). */
export const EDGE_GRADIENTS: readonly { start: Edge; end: Edge; stops: readonly [number, number][] }[] = [
  { start: "fuzzy", end: "fuzzy", stops: [[0, 0.15], [0.3, 1], [0.7, 1], [1, 0.15]] },
  { start: "open", end: "sharp", stops: [[0, 0], [0.4, 1], [1, 1]] },
  { start: "sharp", end: "open", stops: [[0, 1], [0.6, 1], [1, 0]] },
];

/**
 * The SVG layer for individual events: one group per visible mark, then the label layer.
 * Text goes through React text nodes only. A Canvas layer can take this one's place for dense
 * views; the layout it draws stays the same.
 */
export function Marks({ events, layout, ids, activeId, selectedId, onActivate, onSelect }: MarksProps) {
  const visible = layout.marks.filter((m) => m.visible);
  return (
    <>
      <g className="marks">
        {visible.map((mark) => {
          const event = events.get(mark.id);
          if (!event) return null;
          const y = laneY(mark.lane);
          const g = mark.geometry;
          const dot = markExtent(g, POINT_RADIUS);
          const hit = { x0: Math.min(dot.x0, g.x0), x1: Math.max(dot.x1, g.x1) };
          const fill = g.startEdge === "sharp" && g.endEdge === "sharp" ? undefined : `url(#${ids.gradient(g.startEdge, g.endEdge)})`;
          const classes = ["mark", `mark-${g.kind}`, mark.id === activeId && "is-active", mark.id === selectedId && "is-selected"];
          return (
            <g
              key={mark.id}
              id={ids.mark(mark.id)}
              className={classes.filter(Boolean).join(" ")}
              role="img"
              aria-label={`${event.title}, ${formatDate(event.date)}`}
              data-event-id={mark.id}
              onMouseEnter={() => onActivate(mark.id)}
              onMouseLeave={() => onActivate(null)}
              onClick={() => onSelect(mark.id)}
            >
              {g.kind === "span" ? (
                <rect className="mark-bar" x={g.x0} y={y} width={g.x1 - g.x0} height={BAR_HEIGHT} rx={2} fill={fill} />
              ) : (
                <>
                  {g.x1 - g.x0 > 2 * POINT_RADIUS + 2 && (
                    <rect className="mark-day-band" x={g.x0} y={y - 2} width={g.x1 - g.x0} height={BAR_HEIGHT + 4} rx={2} />
                  )}
                  <circle
                    className={g.startEdge === "sharp" && g.endEdge === "sharp" ? "mark-dot" : "mark-dot mark-dot-fuzzy"}
                    cx={g.x}
                    cy={y + BAR_HEIGHT / 2}
                    r={POINT_RADIUS}
                  />
                </>
              )}
              {/* A wider invisible target so thin bars are easy to hover and click. */}
              <rect className="mark-hit" x={hit.x0 - 4} y={y - 6} width={hit.x1 - hit.x0 + 8} height={BAR_HEIGHT + 12} />
            </g>
          );
        })}
      </g>
      <g className="labels" aria-hidden="true">
        {layout.labels.placed.map((label) => (
            <text
              key={label.id}
              className={label.id === selectedId ? "mark-label is-selected" : "mark-label"}
              x={label.x}
              y={laneY(label.lane) + LABEL_OFFSET}
              onClick={() => onSelect(label.id)}
              onMouseEnter={() => onActivate(label.id)}
              onMouseLeave={() => onActivate(null)}
            >
              {label.text}
              {label.more > 0 && (
                <tspan className="label-more" dx={6}>
                  +{label.more}
                </tspan>
              )}
            </text>
        ))}
        {layout.labels.badges.map((badge) => (
          <text key={`badge-${badge.lane}`} className="label-more" x={badge.x} y={laneY(badge.lane) + LABEL_OFFSET}>
            +{badge.count}
          </text>
        ))}
      </g>
    </>
  );
}
