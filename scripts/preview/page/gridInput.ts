/**
 * A person on the grid: clicking and dragging to select, double-clicking to edit, arrows,
 * Tab and Enter to move, typing over a cell, Delete to clear, copying what cells show and
 * pasting a block of text (each cell read as Sheets reads typing).
 */
import { cellAt, gridCellOf, positionOf } from './cells';
import { shown } from './cellText';
import { api, refresh } from './connection';
import { elements } from './elements';
import { commit, startEdit } from './formulaBar';
import { closeMenu, menuOpen } from './menu';
import { renderErrorPopup, select, selectionBounds, sendSelection } from './selection';
import { view } from './view';

const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

async function clearSelection(): Promise<void> {
  const { top, left, bottom, right } = selectionBounds();
  const values = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => ''));
  await api('/api/cells', { sheet: view.sheet.name, row: top, column: left, values });
  await refresh();
}

function wireMouse(): void {
  const grid = elements.grid;
  grid.addEventListener('mousedown', async (event) => {
    const td = gridCellOf(event.target);
    if (!td || event.button !== 0) return;
    event.preventDefault();
    if (view.editing) await commit(0, 0);
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    const at = positionOf(td);
    select(at.row, at.column, event.shiftKey);
    view.dragging = true;
  });
  grid.addEventListener('mouseover', (event) => {
    const td = gridCellOf(event.target);
    view.hovered = td;
    if (view.dragging && td) {
      const at = positionOf(td);
      select(at.row, at.column, true);
    } else renderErrorPopup();
  });
  grid.addEventListener('mouseleave', () => {
    view.hovered = null;
    renderErrorPopup();
  });
  document.addEventListener('mouseup', () => {
    if (!view.dragging) return;
    view.dragging = false;
    void sendSelection();
  });
  grid.addEventListener('dblclick', (event) => {
    if (gridCellOf(event.target)) startEdit();
  });
}

function wireKeyboard(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menuOpen()) return closeMenu();
    if (view.editing || event.defaultPrevented || document.activeElement !== document.body) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const [dr, dc] = move;
      select(view.focus.row + dr, view.focus.column + dc, event.shiftKey);
      void sendSelection();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      select(view.anchor.row, view.anchor.column + (event.shiftKey ? -1 : 1));
      void sendSelection();
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEdit();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void clearSelection();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing over a cell replaces what it holds.
      event.preventDefault();
      startEdit(event.key);
    }
  });
}

function wireClipboard(): void {
  // Copy takes what the cells show, tab-separated, as Sheets puts plain text on the clipboard.
  document.addEventListener('copy', (event) => {
    if (view.editing || document.activeElement !== document.body || !event.clipboardData) return;
    const { top, left, bottom, right } = selectionBounds();
    const lines = [];
    for (let r = top; r <= bottom; r++) {
      const line = [];
      for (let c = left; c <= right; c++) line.push(shown(cellAt(r, c)));
      lines.push(line.join('\t'));
    }
    event.clipboardData.setData('text/plain', lines.join('\n'));
    event.preventDefault();
  });
  document.addEventListener('paste', async (event) => {
    if (view.editing || document.activeElement !== document.body) return;
    event.preventDefault();
    const text = (event.clipboardData?.getData('text/plain') ?? '').replace(/\r?\n$/, '');
    if (!text) return;
    const values = text.split(/\r?\n/).map((line) => line.split('\t'));
    await api('/api/cells', { sheet: view.sheet.name, row: view.anchor.row, column: view.anchor.column, values });
    await refresh();
  });
}

export function wireGridInput(): void {
  wireMouse();
  wireKeyboard();
  wireClipboard();
}
