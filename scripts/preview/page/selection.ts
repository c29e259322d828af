/**
 * The selection: from the anchor (the active cell) to the focus, drawn on the grid, its
 * headers and the name box, the active cell's contents in the formula bar, and an error
 * cell's message in a popup. The server is told of each selection, since menu items act on it.
 */
import { columnLetters } from '../../../src/addon/workbook/workbook';
import { cellAt, positionIn, positionOf, tdAt } from './cells';
import { api } from './connection';
import { elements } from './elements';
import { view } from './view';

export function selectionBounds(): { top: number; left: number; bottom: number; right: number } {
  return {
    top: Math.min(view.anchor.row, view.focus.row),
    left: Math.min(view.anchor.column, view.focus.column),
    bottom: Math.max(view.anchor.row, view.focus.row),
    right: Math.max(view.anchor.column, view.focus.column),
  };
}

export function renderSelection(): void {
  for (const element of document.querySelectorAll('#grid .in-selection, #grid .active')) element.classList.remove('in-selection', 'active');
  const { top, left, bottom, right } = selectionBounds();
  const single = top === bottom && left === right;
  const table = elements.grid;
  for (let r = top; r <= bottom; r++) {
    const tr = table.tBodies[0]?.rows[r - 1];
    if (!tr) continue;
    tr.cells[0]?.classList.add('in-selection');
    if (!single) for (let c = left; c <= right; c++) tr.cells[c]?.classList.add('in-selection');
  }
  const headRow = table.tHead?.rows[0];
  if (headRow) for (let c = left; c <= right; c++) headRow.cells[c]?.classList.add('in-selection');
  tdAt(view.anchor.row, view.anchor.column)?.classList.add('active');
  const name = columnLetters(view.anchor.column) + view.anchor.row;
  elements.nameBox.textContent = single ? name : columnLetters(left) + top + ':' + columnLetters(right) + bottom;
  if (!view.editing) elements.formula.value = cellAt(view.anchor.row, view.anchor.column)?.raw ?? '';
  renderErrorPopup();
}

/** An error cell's message, shown for the cell under the pointer or else the active cell. */
export function renderErrorPopup(): void {
  const popup = elements.errorPopup;
  const target = view.hovered?.classList.contains('err') ? view.hovered : tdAt(view.anchor.row, view.anchor.column);
  const position = target?.classList.contains('err') ? positionOf(target) : undefined;
  const cell = position ? cellAt(position.row, position.column) : undefined;
  if (!target || !cell || view.editing) {
    popup.hidden = true;
    return;
  }
  elements.errorMessage.textContent = cell.error ?? '';
  const at = positionIn(target);
  popup.style.top = at.top + at.height + 2 + 'px';
  popup.style.left = at.left + 'px';
  popup.hidden = false;
}

/** Moves the focus (and the anchor, unless extending) and scrolls the focus into view. */
export function select(row: number, column: number, extend = false): void {
  const target = { row: Math.max(1, row), column: Math.max(1, column) };
  view.focus = target;
  if (!extend) view.anchor = { ...target };
  renderSelection();
  tdAt(view.focus.row, view.focus.column)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

export async function sendSelection(): Promise<void> {
  const { top, left, bottom, right } = selectionBounds();
  const before = view.revision;
  const reply = await api('/api/select', {
    sheet: view.sheet.name,
    range: { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 },
  });
  // Only our own selection changed: nothing to redraw.
  if (reply.revision === before + 1 && view.revision === before) view.revision = reply.revision;
}
