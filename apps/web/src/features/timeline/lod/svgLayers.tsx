"use client";
/**
 * The chart's DOM layers, rendered by React when the view rests: edge gradients and clip, lane
 * headers, few marks as SVG, and the labels' "+N" as HTML. While a gesture moves the view they
 * are hidden and the canvas draws their content (see `paintChart`).
 */
import { memo } from "react";
import { BAR_HEIGHT, FONT_PX, POINT_RADIUS, laneY } from "../constants";
import type { Edge } from "../d3/marks";
import { badgeX, labelBaseline, laneHeaderText } from "./chartPaint";
import { eventDateText } from "./dates";
import { BADGE_GAP_PX, badgeText, type Scene, type SceneMark } from "./scene";
import type { ExportLabel } from "./snapshot";

/** Height of the marks' clip rectangle: taller than any chart. */
const CLIP_HEIGHT = 1_000_000;

/** Edge shapes with a gradient (a sharp/sharp bar is a plain fill). */
export const EDGE_GRADIENTS: readonly { start: Edge; end: Edge; stops: readonly [number, number][] }[] = [
  { start: "fuzzy", end: "fuzzy", stops: [[0, 0.15], [0.3, 1], [0.7, 1], [1, 0.15]] },
  { start: "open", end: "sharp", stops: [[0, 0], [0.4, 1], [1, 1]] },
  { start: "sharp", end: "open", stops: [[0, 1], [0.6, 1], [1, 0]] },
];

const gradientIdOf = (uid: string, start: Edge, end: Edge) => `${uid}-edge-${start}-${end}`;


/** Edge gradients and the marks' clip: the same on every frame. */
export const ChartDefs = memo(function ChartDefs({ uid, x0, x1 }: { uid: string; x0: number; x1: number }) {
  return (
    <defs>
      {EDGE_GRADIENTS.map(({ start, end, stops }) => (
        <linearGradient key={`${start}-${end}`} id={gradientIdOf(uid, start, end)}>
          {stops.map(([offset, opacity]) => (
            <stop key={offset} className="edge-stop" offset={offset} stopOpacity={opacity} />
          ))}
        </linearGradient>
      ))}
      <clipPath id={`${uid}-clip`}>
        {/* Clips left and right only: a height that follows the rows would invalidate every mark it clips. */}
        <rect x={x0 - POINT_RADIUS} y={0} width={x1 - x0 + 2 * POINT_RADIUS} height={CLIP_HEIGHT} />
      </clipPath>
    </defs>
  );
});

/** Lane group names and counts; re-rendered only when the groups change. */
export const LaneHeaders = memo(
  function LaneHeaders({ groups, x }: { groups: Scene["groups"]; x: number }) {
    return (
      <g className="lane-headers" aria-hidden="true">
        {groups.map((g) => (
          <text key={g.key} className="lane-header" x={x} y={laneY(g.row) + 2}>
            {laneHeaderText(g)}
          </text>
        ))}
      </g>
    );
  },
  (a, b) =>
    a.x === b.x &&
    a.groups.length === b.groups.length &&
    a.groups.every((g, i) => {
      const h = b.groups[i];
      return h !== undefined && g.key === h.key && g.count === h.count && g.collapsed === h.collapsed && g.row === h.row;
    }),
);

interface SvgMarkProps {
  readonly mark: SceneMark;
  readonly domId: string;
  readonly gradient: string | undefined;
  readonly active: boolean;
  readonly selected: boolean;
  readonly onActivate: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
}

const sameMark = (a: SvgMarkProps, b: SvgMarkProps) => {
  const [g, h] = [a.mark.geometry, b.mark.geometry];
  return (
    a.mark.id === b.mark.id &&
    a.mark.row === b.mark.row &&
    a.mark.event === b.mark.event &&
    g.kind === h.kind &&
    g.x0 === h.x0 &&
    g.x1 === h.x1 &&
    (g.kind !== "point" || h.kind !== "point" || g.x === h.x) &&
    a.domId === b.domId &&
    a.gradient === b.gradient &&
    a.active === b.active &&
    a.selected === b.selected &&
    a.onActivate === b.onActivate &&
    a.onSelect === b.onSelect
  );
};

/**
 * One event as SVG (few marks): a group moved by `transform` whose shapes are drawn relative to
 * it, so a pan changes one attribute per mark and a zoom only the widths of bars and bands.
 */
const SvgMark = memo(function SvgMark({ mark: m, domId, gradient, active, selected, onActivate, onSelect }: SvgMarkProps) {
  const g = m.geometry;
  const y = laneY(m.row);
  const origin = g.kind === "point" ? g.x : g.x0;
  // Hit area relative to the origin: the disc (or the day, when wider) and 4 px around it.
  const hitX0 = g.kind === "point" ? Math.min(-POINT_RADIUS, g.x0 - g.x) : 0;
  const hitX1 = g.kind === "point" ? Math.max(POINT_RADIUS, g.x1 - g.x) : g.x1 - g.x0;
  const classes = ["mark", `mark-${g.kind}`, active && "is-active", selected && "is-selected"];
  return (
    <g
      id={domId}
      className={classes.filter(Boolean).join(" ")}
      transform={`translate(${origin},${y})`}
      role="img"
      aria-label={`${m.event.title}, ${eventDateText(m.event)}`}
      data-event-id={m.id}
      onMouseEnter={() => onActivate(m.id)}
      onMouseLeave={() => onActivate(null)}
      onClick={(e) => {
        e.preventDefault();
        onSelect(m.id);
      }}
    >
      {g.kind === "span" ? (
        <rect className="mark-bar" width={g.x1 - g.x0} height={BAR_HEIGHT} rx={2} fill={gradient} />
      ) : (
        <>
          {g.x1 - g.x0 > 2 * POINT_RADIUS + 2 && <rect className="mark-day-band" x={g.x0 - g.x} y={-2} width={g.x1 - g.x0} height={BAR_HEIGHT + 4} rx={2} />}
          <circle className={g.startEdge === "sharp" && g.endEdge === "sharp" ? "mark-dot" : "mark-dot mark-dot-fuzzy"} cy={BAR_HEIGHT / 2} r={POINT_RADIUS} />
        </>
      )}
      <rect className="mark-hit" x={hitX0 - 4} y={-6} width={hitX1 - hitX0 + 8} height={BAR_HEIGHT + 12} />
    </g>
  );
}, sameMark);

/** The DOM id of a mark drawn as SVG (for `aria-activedescendant`). */
export const svgMarkId = (uid: string, id: string) => `${uid}-mark-${id}`;

/** Few marks as SVG elements, spans under points, clipped to the plotting bounds. */
export function SvgMarks(props: { uid: string; marks: Scene["marks"]; activeId: string | null; selectedId: string | null; onActivate: (id: string | null) => void; onSelect: (id: string) => void }) {
  const { uid, activeId, selectedId, onActivate, onSelect } = props;
  return (
    <g className="marks">
      {[...props.marks]
        .sort((a, b) => (a.geometry.kind === b.geometry.kind ? 0 : a.geometry.kind === "span" ? -1 : 1))
        .map((m) => (
          <SvgMark
            key={m.id}
            mark={m}
            domId={svgMarkId(uid, m.id)}
            gradient={m.geometry.startEdge === "sharp" && m.geometry.endEdge === "sharp" ? undefined : `url(#${gradientIdOf(uid, m.geometry.startEdge, m.geometry.endEdge)})`}
            active={m.id === activeId}
            selected={m.id === selectedId}
            onActivate={onActivate}
            onSelect={onSelect}
          />
        ))}
    </g>
  );
}

/**
 * The "+N" of labels, and lone "+N" badges, as HTML over the chart, moved by transform (the
 * titles themselves are canvas text, see `drawLabels`). Hidden from assistive technology (the
 * list and the marks carry the same information); the pointer passes through to the SVG, which
 * hit-tests labels itself (`labelAt`). `ascent` puts the HTML text on the canvas text's baseline.
 */
export const LabelLayer = memo(function LabelLayer({ labels, ascent, width, height }: { labels: Scene["labels"]; ascent: number; width: number; height: number }) {
  const at = (x: number, lane: number) => ({ transform: `translate(${x}px, ${labelBaseline(lane) - ascent}px)` });
  return (
    <div className="labels lod-labels" aria-hidden="true" style={{ width, height }}>
      {/* Keyed by event: a label that stays keeps its span, and only moves (its count rarely changes). */}
      {labels.placed
        .filter((label) => label.more > 0)
        .map((label) => (
          <span key={label.id} className="label-more" style={at(badgeX(label), label.lane)}>
            {badgeText(label.more)}
          </span>
        ))}
      {labels.badges.map((badge) => (
        <span key={`badge-${badge.lane}`} className="label-more" style={at(badge.x, badge.lane)}>
          {badgeText(badge.count)}
        </span>
      ))}
    </div>
  );
});

/** The label (its text and "+N") under (px, py), if any. */
export function labelAt(scene: Scene, px: number, py: number, measureBadge: (text: string) => number): string | null {
  for (const label of scene.labels.placed) {
    const baseline = labelBaseline(label.lane);
    if (py < baseline - FONT_PX || py > baseline + 4) continue;
    const right = label.x + label.textWidth + (label.more > 0 ? BADGE_GAP_PX + measureBadge(badgeText(label.more)) : 0);
    if (px >= label.x && px <= right) return label.id;
  }
  return null;
}

/** The labels (canvas titles, HTML "+N") as SVG text, for the SVG and PNG exports. */
export function exportLabels(scene: Scene, selectedId: string | null): ExportLabel[] {
  return [
    ...scene.labels.placed.map((label) => ({
      x: label.x,
      y: labelBaseline(label.lane),
      text: label.text,
      className: label.id === selectedId ? "mark-label is-selected" : "mark-label",
      ...(label.more > 0 ? { more: badgeText(label.more), moreDx: BADGE_GAP_PX } : {}),
    })),
    ...scene.labels.badges.map((badge) => ({ x: badge.x, y: labelBaseline(badge.lane), text: badgeText(badge.count), className: "label-more" })),
  ];
}
