/**
 * Lane assignment: marks whose horizontal extents (plus a gap) overlap go to different lanes,
 * greedily, earliest start first, each into the lowest free lane. Pure: returns a new map.
 */
export interface LaneItem {
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
}

export interface LaneAssignment {
  /** Lane index (0 = top) per item id. */
  readonly lanes: ReadonlyMap<string, number>;
  /** Number of lanes used. */
  readonly count: number;
}

export function assignLanes(items: readonly LaneItem[], gapPx = 4): LaneAssignment {
  const order = [...items].sort((a, b) => a.x0 - b.x0 || b.x1 - a.x1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const item of order) {
    let lane = laneEnds.findIndex((end) => end + gapPx <= item.x0);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = item.x1;
    lanes.set(item.id, lane);
  }
  return { lanes, count: laneEnds.length };
}
