/** Finding a cell: what the sheet holds there, its <td> on the page, and where it sits in the scrolled grid. */
import { elements } from './elements';
import type { DisplayCell } from './previewState';
import { view, type CellPosition } from './view';

export const cellAt = (row: number, column: number): DisplayCell | undefined => view.sheet.cells[`${row},${column}`];

export const tdAt = (row: number, column: number): HTMLTableCellElement | null =>
  document.querySelector<HTMLTableCellElement>(`td[data-cell="${row},${column}"]`);

/** The row and column a grid <td> stands for (its data-cell, "row,column"). */
export function positionOf(td: HTMLTableCellElement): CellPosition {
  const [row = 0, column = 0] = (td.dataset.cell ?? '').split(',').map(Number);
  return { row, column };
}

/** The grid cell an event happened in, if any. */
export function gridCellOf(target: EventTarget | null): HTMLTableCellElement | null {
  return target instanceof Element ? target.closest<HTMLTableCellElement>('#grid td') : null;
}

/** An element's box in the grid's scrolled content, for what is laid over the grid (charts, editor, popup). */
export function positionIn(element: Element): { top: number; left: number; width: number; height: number } {
  const wrap = elements.gridWrap;
  const a = element.getBoundingClientRect();
  const b = wrap.getBoundingClientRect();
  return { top: a.top - b.top + wrap.scrollTop, left: a.left - b.left + wrap.scrollLeft, width: a.width, height: a.height };
}
