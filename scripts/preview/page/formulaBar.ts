/**
 * Editing a cell, in the cell itself or in the formula bar, the two kept in step: Enter and
 * Tab write the text to the server (read as Sheets reads typing) and move on, Shift going
 * back; Escape leaves the cell as it was.
 */
import { cellAt, positionIn, tdAt } from './cells';
import { api, maybeRefresh, refresh } from './connection';
import { elements } from './elements';
import { renderSelection, select } from './selection';
import { view } from './view';

/** Starts editing the active cell, with what it holds or, typing over it, with `text`. */
export function startEdit(text?: string): void {
  const td = tdAt(view.anchor.row, view.anchor.column);
  const cell = cellAt(view.anchor.row, view.anchor.column);
  const editor = elements.cellEditor;
  const value = text === undefined ? (cell ? cell.raw : '') : text;
  view.editing = true;
  view.focus = { ...view.anchor };
  renderSelection();
  editor.value = value;
  elements.formula.value = value;
  if (td) {
    const at = positionIn(td);
    Object.assign(editor.style, { top: at.top + 'px', left: at.left + 'px', height: at.height + 'px', minWidth: at.width + 'px' });
    fitEditor();
    editor.hidden = false;
  }
  if (document.activeElement !== elements.formula) {
    editor.focus();
    editor.setSelectionRange(value.length, value.length);
  }
}

/** The cell editor grows with its text, as in Sheets. */
function fitEditor(): void {
  const editor = elements.cellEditor;
  editor.style.width = Math.max(40, editor.value.length * 7.5 + 16) + 'px';
}

function stopEdit(): void {
  view.editing = false;
  elements.cellEditor.hidden = true;
  for (const input of [elements.formula, elements.cellEditor]) if (document.activeElement === input) input.blur();
}

/** Writes the edit, if one is under way, and moves the active cell by the given rows and columns. */
export async function commit(dRow: number, dColumn: number): Promise<void> {
  if (!view.editing) return;
  const { row, column } = view.anchor;
  const text = elements.cellEditor.value;
  stopEdit();
  select(row + dRow, column + dColumn);
  await api('/api/cells', { sheet: view.sheet.name, row, column, values: [[text]] });
  await refresh();
}

function cancelEdit(): void {
  stopEdit();
  renderSelection();
  maybeRefresh();
}

function editingKeys(event: KeyboardEvent): void {
  if (['Enter', 'Tab', 'Escape'].includes(event.key)) event.stopPropagation();
  if (event.key === 'Enter') {
    event.preventDefault();
    void commit(event.shiftKey ? -1 : 1, 0);
  } else if (event.key === 'Tab') {
    event.preventDefault();
    void commit(0, event.shiftKey ? -1 : 1);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    cancelEdit();
  }
}

export function wireFormulaBar(): void {
  const { cellEditor, formula } = elements;
  cellEditor.addEventListener('input', () => {
    formula.value = cellEditor.value;
    fitEditor();
  });
  formula.addEventListener('input', () => {
    cellEditor.value = formula.value;
    fitEditor();
  });
  formula.addEventListener('focus', () => {
    if (!view.editing) startEdit();
  });
  cellEditor.addEventListener('keydown', editingKeys);
  formula.addEventListener('keydown', editingKeys);
}
