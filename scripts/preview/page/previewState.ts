/**
 * What the preview server sends the page: the answer to GET /api/state, the server-sent event
 * announcing each change, and the reply to every POST. One definition for both sides — the
 * server (Node settings) and the page (browser settings) are type-checked against it, so a
 * field renamed on one side is a compile error on the other. Types only: nothing here runs.
 */
import type { BarChartSpec, ConditionalFormat, GridRange, LineChartSpec } from '../../../src/addon/workbook/workbook';

export interface DisplayCell {
  /** What the cell holds: a value or "=formula" (shown in the formula bar). */
  readonly raw: string;
  /** What it shows, before number formatting. */
  readonly value: string | number | boolean;
  /** An error's message (shown on hover, as Sheets does). */
  readonly error?: string;
  readonly format?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
}

export interface SheetView {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  /** By "row,column", 1-based; blank cells are left out. */
  readonly cells: Record<string, DisplayCell>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Pixel widths by column number, where the add-on set one. */
  readonly columnWidths: Record<number, number>;
  readonly charts: readonly BarChartSpec[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly lineCharts: readonly LineChartSpec[];
}

/** An item of the add-on's menu, as src/addon/menu.ts registers it. */
export interface MenuEntry {
  readonly caption: string;
  readonly functionName: string;
}

/** Everything the page draws, for the sheet it asked for. */
export interface PreviewState {
  /** Counts every change, wherever it came from. */
  readonly revision: number;
  readonly sheets: readonly string[];
  readonly active: string;
  /** The selection, when the sheet asked for is the active one. */
  readonly selection: GridRange | null;
  readonly menu: readonly MenuEntry[];
  /** The latest toast; its id counts toasts, so a new one is told from the one already shown. */
  readonly toast: { readonly id: number; readonly message: string; readonly title: string } | null;
  /** The open sidebar or dialog; the id counts showings, so a panel shown again reloads. */
  readonly sidebar: { readonly id: number; readonly title: string } | null;
  readonly dialog: { readonly id: number; readonly title: string; readonly width?: number; readonly height?: number } | null;
  readonly sheet: SheetView;
}

/** The server-sent event on every change. A new session means the server restarted. */
export interface PreviewEvent {
  readonly session: string;
  readonly revision: number;
}

/** What every POST answers: the revision after the change. */
export interface ChangeReply {
  readonly revision: number;
}
