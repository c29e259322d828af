/**
 * The grid: the active sheet's cells as the server computed them, under column letters and
 * beside row numbers, in the add-on's column widths, formats, bold, wrapping and conditional
 * colours, its frozen rows held under the letters. Charts and the selection are drawn over it.
 */
import { columnLetters } from '../../../src/addon/workbook/workbook';
import { renderCharts } from './charts';
import { shown } from './cellText';
import { elements } from './elements';
import { renderSelection } from './selection';
import { view } from './view';

/** Sheets' default column width and the row header's, in pixels. */
const DEFAULT_WIDTH = 100;
const ROW_HEADER_WIDTH = 46;

export function renderGrid(): void {
  const { rows, columns, cells, frozenRows, frozenColumns, columnWidths } = view.sheet;
  const nRows = Math.max(50, rows + 20);
  const nColumns = Math.max(26, columns + 2);
  const widths = Array.from({ length: nColumns }, (_, i) => columnWidths[i + 1] || DEFAULT_WIDTH);
  const table = elements.grid;
  const colgroup = document.createElement('colgroup');
  colgroup.append(Object.assign(document.createElement('col'), { width: ROW_HEADER_WIDTH }));
  widths.forEach((w) => colgroup.append(Object.assign(document.createElement('col'), { width: w })));
  table.style.width = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0) + 'px';

  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(Object.assign(document.createElement('th'), { className: 'corner' }));
  // Frozen columns stay beside the row numbers while the grid scrolls sideways.
  const lefts = [ROW_HEADER_WIDTH];
  widths.forEach((w, i) => lefts.push(lefts[i]! + w));
  const freezeColumn = (element: HTMLElement, c: number): void => {
    if (c > frozenColumns) return;
    element.classList.add('frozen-column');
    if (c === frozenColumns) element.classList.add('frozen-column-edge');
    element.style.left = lefts[c - 1] + 'px';
  };
  for (let c = 1; c <= nColumns; c++) {
    const th = Object.assign(document.createElement('th'), { textContent: columnLetters(c) });
    freezeColumn(th, c);
    headRow.append(th);
  }
  head.append(headRow);

  const body = document.createElement('tbody');
  for (let r = 1; r <= nRows; r++) {
    const tr = document.createElement('tr');
    if (r <= frozenRows) tr.className = r === frozenRows ? 'frozen frozen-edge' : 'frozen';
    tr.append(Object.assign(document.createElement('th'), { className: 'row', textContent: String(r) }));
    for (let c = 1; c <= nColumns; c++) {
      const td = document.createElement('td');
      td.dataset.cell = r + ',' + c;
      freezeColumn(td, c);
      const cell = cells[r + ',' + c];
      if (cell) {
        td.textContent = shown(cell);
        if (cell.error) td.classList.add('err');
        else if (typeof cell.value === 'number') td.classList.add('num');
        else if (typeof cell.value === 'boolean') td.classList.add('bool');
        // Text runs on over empty cells to its right, as in Sheets.
        else if (!cells[r + ',' + (c + 1)]) td.classList.add('spill');
        if (cell.bold) td.classList.add('bold');
        // Wrapped text takes more lines instead of running on.
        if (cell.wrap) {
          td.classList.remove('spill');
          td.classList.add('wrap');
        }
        conditionalStyle(td, r, c, td.textContent);
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.replaceChildren(colgroup, head, body);
  stickFrozenRows();
  renderCharts();
  renderSelection();
}

/** The add-on's conditional formats: the colours of the first rule whose range and text match, as in Sheets. */
function conditionalStyle(td: HTMLTableCellElement, row: number, column: number, text: string): void {
  const rule = view.sheet.conditionalFormats.find((f) => {
    const r = f.range;
    if (row < r.row || row >= r.row + r.rows || column < r.column || column >= r.column + r.columns) return false;
    return 'textEquals' in f.when ? text === f.when.textEquals : text.startsWith(f.when.textStartsWith);
  });
  if (!rule) return;
  if (rule.background) td.style.background = rule.background;
  if (rule.fontColor) td.style.color = rule.fontColor;
}

/** Frozen rows stay under the column letters while the grid scrolls. */
function stickFrozenRows(): void {
  let top = elements.grid.tHead?.offsetHeight ?? 0;
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('#grid tr.frozen')) {
    for (const cell of tr.cells) cell.style.top = top + 'px';
    top += tr.offsetHeight;
  }
}
