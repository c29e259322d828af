/**
 * What the page holds between redraws: the revision it shows and the latest announced, the
 * sheet as last drawn, which panels and toast it has shown, and what a person is doing (the
 * selection, a drag, an edit, the cell under the pointer).
 */
import type { SheetView } from './previewState';

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export interface PageView {
  /** The server's session: a new one means it restarted and counts revisions from the start. */
  session: string;
  /** The revision drawn, and the latest the server announced. */
  revision: number;
  latest: number;
  /** Requests of ours under way, and whether a redraw is being fetched. */
  inflight: number;
  refreshing: boolean;
  sheet: SheetView;
  /** The menu as last drawn, so an unchanged menu is not rebuilt under an open dropdown. */
  menuKey: string;
  sidebarId: number;
  dialogId: number;
  /** -1 until the first state: a toast shown before the page opened stays quiet. */
  toastId: number;
  toastTimer: number;
  /** The selection runs from the anchor (the active cell) to the focus. */
  anchor: CellPosition;
  focus: CellPosition;
  dragging: boolean;
  editing: boolean;
  hovered: HTMLTableCellElement | null;
}

export const view: PageView = {
  session: '',
  revision: -1,
  latest: -1,
  inflight: 0,
  refreshing: false,
  sheet: {
    name: '',
    rows: 0,
    columns: 0,
    cells: {},
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    charts: [],
    conditionalFormats: [],
    lineCharts: [],
  },
  menuKey: '',
  sidebarId: 0,
  dialogId: 0,
  toastId: -1,
  toastTimer: 0,
  anchor: { row: 1, column: 1 },
  focus: { row: 1, column: 1 },
  dragging: false,
  editing: false,
  hovered: null,
};
