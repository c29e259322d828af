/**
 * Where a chart fits on a sheet the add-on builds: the columns a 1280-px window shows beside
 * the 300-px sidebar, and the height a bar chart needs, so the rows under it can be left free.
 */

/**
 * Columns of the sheet a 1280-px window shows beside the 300-px sidebar, in pixels: what is
 * left after the sidebar, Sheets' side panel (56), the row numbers (46) and the scroll bar.
 */
export const VISIBLE_WIDTH = 860;
export const CHART_GAP = 16;
export const CHART_MIN_WIDTH = 380;
export const CHART_WIDTH = 520;
/** Sheets draws a bar chart's title and axis in about 90 px; each bar needs about 20. */
const CHART_FRAME = 90;
const CHART_BAR = 20;
const CHART_MIN_HEIGHT = 240;
/** Sheets' default row height in pixels. */
export const ROW_HEIGHT = 21;

/** A bar chart's height for this many bars. */
export function barChartHeight(bars: number): number {
  return Math.max(CHART_MIN_HEIGHT, CHART_FRAME + CHART_BAR * bars);
}

/** Rows a chart of this height covers. */
export function rowsCovered(height: number): number {
  return Math.ceil(height / ROW_HEIGHT);
}
