/** Chart metrics shared by the SVG layer and the layout call (CSS mirrors the font). */
export const FONT_PX = 12;
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const MARGIN_X = 16;
export const AXIS_HEIGHT = 30;
export const LANE_HEIGHT = 40;
export const LANE_TOP = 14;
export const MIN_LANES = 2;
export const BAR_HEIGHT = 10;
export const POINT_RADIUS = 6;
export const LABEL_OFFSET = 27;

/** Top of a lane's marks. */
export const laneY = (lane: number) => AXIS_HEIGHT + LANE_TOP + lane * LANE_HEIGHT;
