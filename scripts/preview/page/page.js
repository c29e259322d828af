/* global document, window, EventSource, Element, location */
/**
 * The preview page: draws the active sheet as the server holds it (raw contents, values
 * computed by HyperFormula, formats), and sends what a person does — typing, pasting,
 * selecting, switching tabs, menu items — back to the server. Every change, wherever it
 * comes from (the sidebar too), is announced by a server-sent event with a new revision.
 */
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  /** Sheets' default column width and the row header's, in pixels. */
  const DEFAULT_WIDTH = 100;
  const ROW_HEADER_WIDTH = 46;

  const view = {
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

  // --- talking to the server ---

  function showProblem(message) {
    $('problem').textContent = message || '';
  }

  async function api(path, body) {
    view.inflight++;
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body || {}),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(text);
      showProblem('');
      return JSON.parse(text);
    } catch (error) {
      showProblem(error.message);
      throw error;
    } finally {
      view.inflight--;
      setTimeout(maybeRefresh);
    }
  }

  async function refresh() {
    view.refreshing = true;
    try {
      const data = await fetch('/api/state').then((r) => r.json());
      apply(data);
    } finally {
      view.refreshing = false;
    }
    maybeRefresh();
  }

  /** Redraw when the server moved on, unless a request of ours is under way or a person is typing. */
  function maybeRefresh() {
    if (view.inflight === 0 && !view.refreshing && !view.editing && view.latest > view.revision) refresh();
  }

  new EventSource('/api/events').onmessage = (event) => {
    const { session, revision } = JSON.parse(event.data);
    if (view.session && session !== view.session) {
      // The server restarted: its revisions count from the start again.
      view.revision = -1;
      view.latest = -1;
      view.sidebarId = 0;
      view.dialogId = 0;
    }
    view.session = session;
    view.latest = Math.max(view.latest, revision);
    maybeRefresh();
  };

  // --- drawing ---

  function letters(n) {
    let s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }

  function general(value) {
    if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
    return String(Number(value.toPrecision(10)));
  }

  /** The number formats the add-on writes: [$]#,##0 or 0, optional decimals, optional %. */
  function formatNumber(value, format) {
    const match = /^(\$?)(#,##0|0)(?:\.(0+))?(%?)$/.exec(format || '');
    if (!match) return general(value);
    const [, dollar, digits, decimals = '', percent] = match;
    const n = percent ? value * 100 : value;
    const text = Math.abs(n).toLocaleString('en-US', {
      minimumFractionDigits: decimals.length,
      maximumFractionDigits: decimals.length,
      useGrouping: digits === '#,##0',
    });
    const negative = n < 0 && /[1-9]/.test(text);
    return (negative ? '-' : '') + dollar + text + percent;
  }

  function shown(cell) {
    if (!cell) return '';
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
    if (typeof cell.value === 'number') return formatNumber(cell.value, cell.format);
    return String(cell.value);
  }

  const cellAt = (row, column) => view.sheet.cells[row + ',' + column];
  const tdAt = (row, column) => document.querySelector('td[data-cell="' + row + ',' + column + '"]');

  function apply(data) {
    const switched = data.sheet.name !== view.sheet.name;
    view.revision = data.revision;
    view.latest = Math.max(view.latest, data.revision);
    view.sheet = data.sheet;
    if (switched) {
      const s = data.selection;
      view.anchor = s ? { row: s.row, column: s.column } : { row: 1, column: 1 };
      view.focus = s ? { row: s.row + s.rows - 1, column: s.column + s.columns - 1 } : { row: 1, column: 1 };
      $('grid-wrap').scrollTo(0, 0);
    }
    renderMenu(data.menu);
    renderTabs(data.sheets, data.active);
    renderGrid();
    renderSidebar(data.sidebar);
    renderDialog(data.dialog);
    renderToast(data.toast);
    document.body.dataset.revision = String(data.revision);
  }

  function renderGrid() {
    const { rows, columns, cells, frozenRows, columnWidths } = view.sheet;
    const frozenColumns = view.sheet.frozenColumns || 0;
    const nRows = Math.max(50, rows + 20);
    const nColumns = Math.max(26, columns + 2);
    const widths = Array.from({ length: nColumns }, (_, i) => columnWidths[i + 1] || DEFAULT_WIDTH);
    const table = $('grid');
    const colgroup = document.createElement('colgroup');
    colgroup.append(Object.assign(document.createElement('col'), { width: ROW_HEADER_WIDTH }));
    widths.forEach((w) => colgroup.append(Object.assign(document.createElement('col'), { width: w })));
    table.style.width = ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0) + 'px';

    const head = document.createElement('thead');
    const headRow = document.createElement('tr');
    headRow.append(Object.assign(document.createElement('th'), { className: 'corner' }));
    // Frozen columns stay beside the row numbers while the grid scrolls sideways.
    const lefts = [ROW_HEADER_WIDTH];
    widths.forEach((w, i) => lefts.push(lefts[i] + w));
    const freezeColumn = (element, c) => {
      if (c > frozenColumns) return;
      element.classList.add(c === frozenColumns ? 'frozen-column-edge' : 'frozen-column');
      element.classList.add('frozen-column');
      element.style.left = lefts[c - 1] + 'px';
    };
    for (let c = 1; c <= nColumns; c++) {
      const th = Object.assign(document.createElement('th'), { textContent: letters(c) });
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
  function conditionalStyle(td, row, column, text) {
    const rule = (view.sheet.conditionalFormats || []).find((f) => {
      const r = f.range;
      if (row < r.row || row >= r.row + r.rows || column < r.column || column >= r.column + r.columns) return false;
      return 'textEquals' in f.when ? text === f.when.textEquals : text.startsWith(f.when.textStartsWith);
    });
    if (!rule) return;
    if (rule.background) td.style.background = rule.background;
    if (rule.fontColor) td.style.color = rule.fontColor;
  }

  /** Frozen rows stay under the column letters while the grid scrolls. */
  function stickFrozenRows() {
    let top = $('grid').tHead.offsetHeight;
    for (const tr of document.querySelectorAll('#grid tr.frozen')) {
      for (const cell of tr.children) cell.style.top = top + 'px';
      top += tr.offsetHeight;
    }
  }

  function positionIn(element) {
    const wrap = $('grid-wrap');
    const a = element.getBoundingClientRect();
    const b = wrap.getBoundingClientRect();
    return { top: a.top - b.top + wrap.scrollTop, left: a.left - b.left + wrap.scrollLeft, width: a.width, height: a.height };
  }

  /** The bar charts the add-on inserted: Sheets draws them; the preview sketches them in SVG. */
  function renderCharts() {
    const ns = 'http://www.w3.org/2000/svg';
    const svgElement = (name, attributes) => {
      const element = document.createElementNS(ns, name);
      for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, String(v));
      return element;
    };
    const figures = view.sheet.charts.map((spec) => {
      const bars = [];
      for (let i = 0; i < spec.values.rows; i++) {
        const label = cellAt(spec.labels.row + i, spec.labels.column);
        const value = cellAt(spec.values.row + i, spec.values.column);
        if (value && typeof value.value === 'number')
          bars.push({ label: label ? shown(label) : '', value: value.value, text: shown(value) });
      }
      const max = Math.max(1, ...bars.map((b) => b.value));
      // The chart's size as the add-on set it; the labels take 150 px and the amounts 70.
      const inner = spec.width - 26;
      const svg = svgElement('svg', { width: inner, height: bars.length * 20 + 4, role: 'img', 'aria-label': spec.title });
      bars.forEach((b, i) => {
        const y = i * 20;
        const width = Math.max(1, (b.value / max) * (inner - 150 - 70));
        const label = svgElement('text', { x: 0, y: y + 14 });
        label.textContent = b.label.length > 24 ? b.label.slice(0, 23) + '…' : b.label;
        const amount = svgElement('text', { x: 150 + width + 4, y: y + 14 });
        amount.textContent = b.text;
        svg.append(label, svgElement('rect', { x: 150, y: y + 4, height: 14, width, fill: '#4285f4' }), amount);
      });
      const figure = document.createElement('figure');
      figure.append(Object.assign(document.createElement('h2'), { textContent: spec.title }), svg);
      figure.style.width = spec.width + 'px';
      figure.style.height = spec.height + 'px';
      const anchor = tdAt(spec.anchorRow, spec.anchorColumn);
      if (anchor) {
        const at = positionIn(anchor);
        figure.style.top = at.top + 'px';
        figure.style.left = at.left + spec.offsetX + 'px';
      }
      return figure;
    });
    $('charts').replaceChildren(...figures, ...view.sheet.lineCharts.map((spec) => lineChart(spec, svgElement)));
  }

  const LINE_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853'];

  /**
   * A line chart as the add-on inserted it: one line per series over the domain's years, each
   * blank cell a gap (Sheets does not bridge it either), each figure also a dot so a year
   * standing alone between gaps still shows.
   */
  function lineChart(spec, svgElement) {
    const width = spec.width - 26;
    const height = spec.height - 40;
    const left = 56;
    // Room under the axis for the year labels and one legend line per series.
    const bottom = height - 22 - 14 * spec.series.length;
    const xs = [];
    for (let i = 1; i < spec.domain.rows; i++) {
      const cell = cellAt(spec.domain.row + i, spec.domain.column);
      xs.push(cell && typeof cell.value === 'number' ? cell.value : undefined);
    }
    const series = spec.series.map((range) => {
      const header = cellAt(range.row, range.column);
      const points = xs.map((x, i) => {
        const cell = cellAt(range.row + 1 + i, range.column);
        return x !== undefined && cell && typeof cell.value === 'number' ? { x, y: cell.value } : undefined;
      });
      return { name: header ? shown(header) : '', points };
    });
    const all = series.flatMap((s) => s.points.filter(Boolean));
    const svg = svgElement('svg', { width, height, role: 'img', 'aria-label': spec.title });
    if (all.length === 0) return figureOf(spec, svg);
    const known = xs.filter((x) => x !== undefined);
    const [x0, x1] = [Math.min(...known), Math.max(...known)];
    const ys = all.map((p) => p.y);
    const [y0, y1] = [Math.min(...ys) * 0.95, Math.max(...ys) * 1.03];
    const px = (x) => left + ((x - x0) / Math.max(1, x1 - x0)) * (width - left - 30);
    const py = (y) => bottom - ((y - y0) / Math.max(1, y1 - y0)) * (bottom - 8);
    svg.append(svgElement('line', { class: 'axis', x1: left, y1: bottom, x2: width - 10, y2: bottom }));
    svg.append(svgElement('line', { class: 'axis', x1: left, y1: 8, x2: left, y2: bottom }));
    for (let k = 0; k <= 3; k++) {
      const y = y0 + ((y1 - y0) * k) / 3;
      const label = svgElement('text', { x: 2, y: py(y) + 4 });
      label.textContent = '$' + Math.round(y / 1000) + 'k';
      svg.append(label);
    }
    const step = Math.max(1, Math.ceil(known.length / 8));
    known.forEach((x, i) => {
      if (i % step !== 0 && x !== x1) return;
      const label = svgElement('text', { x: px(x) - 12, y: bottom + 14 });
      label.textContent = String(x);
      svg.append(label);
    });
    series.forEach((s, k) => {
      const colour = LINE_COLOURS[k % LINE_COLOURS.length];
      let run = [];
      const flush = () => {
        if (run.length > 1)
          svg.append(
            svgElement('polyline', {
              points: run.map((p) => px(p.x) + ',' + py(p.y)).join(' '),
              fill: 'none',
              stroke: colour,
              'stroke-width': 2,
            }),
          );
        run = [];
      };
      for (const p of s.points) {
        if (!p) {
          flush();
          continue;
        }
        run.push(p);
        svg.append(svgElement('circle', { cx: px(p.x), cy: py(p.y), r: 2.5, fill: colour }));
      }
      flush();
      const legend = svgElement('text', { x: left, y: bottom + 30 + 14 * k, fill: colour });
      legend.textContent = '— ' + s.name;
      svg.append(legend);
    });
    return figureOf(spec, svg);
  }

  function figureOf(spec, svg) {
    const figure = document.createElement('figure');
    figure.append(Object.assign(document.createElement('h2'), { textContent: spec.title }), svg);
    figure.style.width = spec.width + 'px';
    figure.style.height = spec.height + 'px';
    figure.style.boxSizing = 'border-box';
    const anchor = tdAt(spec.anchorRow, spec.anchorColumn);
    if (anchor) {
      const at = positionIn(anchor);
      figure.style.top = at.top + 'px';
      figure.style.left = at.left + 'px';
    }
    return figure;
  }

  function selectionBounds() {
    return {
      top: Math.min(view.anchor.row, view.focus.row),
      left: Math.min(view.anchor.column, view.focus.column),
      bottom: Math.max(view.anchor.row, view.focus.row),
      right: Math.max(view.anchor.column, view.focus.column),
    };
  }

  function renderSelection() {
    for (const element of document.querySelectorAll('#grid .in-selection, #grid .active'))
      element.classList.remove('in-selection', 'active');
    const { top, left, bottom, right } = selectionBounds();
    const single = top === bottom && left === right;
    const table = $('grid');
    for (let r = top; r <= bottom; r++) {
      const tr = table.tBodies[0] && table.tBodies[0].rows[r - 1];
      if (!tr) continue;
      tr.cells[0].classList.add('in-selection');
      if (!single) for (let c = left; c <= right; c++) if (tr.cells[c]) tr.cells[c].classList.add('in-selection');
    }
    const headRow = table.tHead && table.tHead.rows[0];
    if (headRow) for (let c = left; c <= right; c++) if (headRow.cells[c]) headRow.cells[c].classList.add('in-selection');
    const active = tdAt(view.anchor.row, view.anchor.column);
    if (active) active.classList.add('active');
    const name = letters(view.anchor.column) + view.anchor.row;
    $('name-box').textContent = single ? name : letters(left) + top + ':' + letters(right) + bottom;
    if (!view.editing) {
      const cell = cellAt(view.anchor.row, view.anchor.column);
      $('formula').value = cell ? cell.raw : '';
    }
    renderErrorPopup();
  }

  /** An error cell's message, shown for the cell under the pointer or else the active cell. */
  function renderErrorPopup() {
    const popup = $('error-popup');
    const target = view.hovered && view.hovered.classList.contains('err') ? view.hovered : tdAt(view.anchor.row, view.anchor.column);
    const cell = target && target.classList.contains('err') ? cellAt(...target.dataset.cell.split(',').map(Number)) : null;
    if (!cell || view.editing) {
      popup.hidden = true;
      return;
    }
    popup.lastElementChild.textContent = cell.error;
    const at = positionIn(target);
    popup.style.top = at.top + at.height + 2 + 'px';
    popup.style.left = at.left + 'px';
    popup.hidden = false;
  }

  function renderTabs(sheets, active) {
    $('tabs').replaceChildren(
      ...sheets.map((name) => {
        const tab = Object.assign(document.createElement('button'), { type: 'button', textContent: name });
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(name === active));
        tab.addEventListener('click', () => switchTo(name));
        return tab;
      }),
    );
  }

  /** The add-on's menu, item for item as it registers them (src/addon/menu.ts). */
  function renderMenu(items) {
    const key = JSON.stringify(items);
    if (key === view.menuKey) return;
    view.menuKey = key;
    $('addon-items').replaceChildren(
      ...items.map((item) => {
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: item.caption });
        button.setAttribute('role', 'menuitem');
        button.addEventListener('click', () => runMenuItem(item.functionName));
        return button;
      }),
    );
  }

  function renderSidebar(sidebar) {
    const panel = $('sidebar');
    if (!sidebar) {
      if (!panel.hidden) $('sidebar-frame').src = 'about:blank';
      panel.hidden = true;
      view.sidebarId = 0;
      return;
    }
    $('sidebar-title').textContent = sidebar.title;
    panel.hidden = false;
    if (sidebar.id !== view.sidebarId) {
      view.sidebarId = sidebar.id;
      $('sidebar-frame').src = '/sidebar?shown=' + sidebar.id;
    }
  }

  function renderDialog(dialog) {
    const element = $('dialog');
    if (!dialog) {
      view.dialogId = 0;
      if (element.open) element.close();
      return;
    }
    if (dialog.id === view.dialogId) return;
    view.dialogId = dialog.id;
    $('dialog-title').textContent = dialog.title;
    element.style.width = (dialog.width || 560) + 'px';
    element.style.height = (dialog.height || 520) + 46 + 'px';
    $('dialog-frame').src = '/dialog?shown=' + dialog.id;
    if (!element.open) element.showModal();
  }

  /** A new toast pops up for a few seconds; one shown before the page opened stays quiet. */
  function renderToast(toast) {
    const id = toast ? toast.id : 0;
    const first = view.toastId < 0;
    if (id === view.toastId) return;
    view.toastId = id;
    if (first || !toast) return;
    $('toast-title').textContent = toast.title;
    $('toast-message').textContent = toast.message;
    $('toast').hidden = false;
    clearTimeout(view.toastTimer);
    view.toastTimer = setTimeout(() => ($('toast').hidden = true), 8000);
  }

  // --- selecting ---

  function sendSelection() {
    const { top, left, bottom, right } = selectionBounds();
    const before = view.revision;
    return api('/api/select', {
      sheet: view.sheet.name,
      range: { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 },
    }).then((reply) => {
      // Only our own selection changed: nothing to redraw.
      if (reply.revision === before + 1 && view.revision === before) view.revision = reply.revision;
    });
  }

  function select(row, column, extend) {
    const target = { row: Math.max(1, row), column: Math.max(1, column) };
    view.focus = target;
    if (!extend) view.anchor = { ...target };
    renderSelection();
    const td = tdAt(view.focus.row, view.focus.column);
    if (td) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  async function switchTo(name) {
    if (view.editing) await commit(0, 0);
    await api('/api/select', { sheet: name });
    await refresh();
  }

  const cellOf = (target) => {
    const td = target instanceof Element ? target.closest('#grid td') : null;
    return td ? td.dataset.cell.split(',').map(Number) : null;
  };

  $('grid').addEventListener('mousedown', async (event) => {
    const at = cellOf(event.target);
    if (!at || event.button !== 0) return;
    event.preventDefault();
    if (view.editing) await commit(0, 0);
    document.activeElement.blur();
    select(at[0], at[1], event.shiftKey);
    view.dragging = true;
  });
  $('grid').addEventListener('mouseover', (event) => {
    const td = event.target instanceof Element ? event.target.closest('#grid td') : null;
    view.hovered = td;
    if (view.dragging && td) select(...td.dataset.cell.split(',').map(Number), true);
    else renderErrorPopup();
  });
  $('grid').addEventListener('mouseleave', () => {
    view.hovered = null;
    renderErrorPopup();
  });
  document.addEventListener('mouseup', () => {
    if (!view.dragging) return;
    view.dragging = false;
    sendSelection();
  });
  $('grid').addEventListener('dblclick', (event) => {
    if (cellOf(event.target)) startEdit();
  });

  // --- editing: in the cell or in the formula bar, the two kept in step ---

  function startEdit(text) {
    const td = tdAt(view.anchor.row, view.anchor.column);
    const cell = cellAt(view.anchor.row, view.anchor.column);
    const editor = $('cell-editor');
    const value = text === undefined ? (cell ? cell.raw : '') : text;
    view.editing = true;
    view.focus = { ...view.anchor };
    renderSelection();
    editor.value = value;
    $('formula').value = value;
    if (td) {
      const at = positionIn(td);
      Object.assign(editor.style, { top: at.top + 'px', left: at.left + 'px', height: at.height + 'px', minWidth: at.width + 'px' });
      fitEditor();
      editor.hidden = false;
    }
    if (document.activeElement !== $('formula')) {
      editor.focus();
      editor.setSelectionRange(value.length, value.length);
    }
  }

  function fitEditor() {
    const editor = $('cell-editor');
    editor.style.width = Math.max(40, editor.value.length * 7.5 + 16) + 'px';
  }

  function stopEdit() {
    view.editing = false;
    $('cell-editor').hidden = true;
    if (document.activeElement === $('formula') || document.activeElement === $('cell-editor')) document.activeElement.blur();
  }

  async function commit(dRow, dColumn) {
    if (!view.editing) return;
    const { row, column } = view.anchor;
    const text = $('cell-editor').value;
    stopEdit();
    select(row + dRow, column + dColumn);
    await api('/api/cells', { sheet: view.sheet.name, row, column, values: [[text]] });
    await refresh();
  }

  function cancelEdit() {
    stopEdit();
    renderSelection();
    maybeRefresh();
  }

  function editingKeys(event) {
    if (['Enter', 'Tab', 'Escape'].includes(event.key)) event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(event.shiftKey ? -1 : 1, 0);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      commit(0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelEdit();
    }
  }

  $('cell-editor').addEventListener('input', () => {
    $('formula').value = $('cell-editor').value;
    fitEditor();
  });
  $('formula').addEventListener('input', () => {
    $('cell-editor').value = $('formula').value;
    fitEditor();
  });
  $('formula').addEventListener('focus', () => {
    if (!view.editing) startEdit();
  });
  $('cell-editor').addEventListener('keydown', editingKeys);
  $('formula').addEventListener('keydown', editingKeys);

  // --- keyboard on the grid ---

  const MOVES = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('extensions-menu').hidden) return closeMenu();
    if (view.editing || event.defaultPrevented || document.activeElement !== document.body) return;
    if (MOVES[event.key]) {
      event.preventDefault();
      const [dr, dc] = MOVES[event.key];
      select(view.focus.row + dr, view.focus.column + dc, event.shiftKey);
      sendSelection();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      select(view.anchor.row, view.anchor.column + (event.shiftKey ? -1 : 1));
      sendSelection();
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEdit();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clearSelection();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing over a cell replaces what it holds.
      event.preventDefault();
      startEdit(event.key);
    }
  });

  async function clearSelection() {
    const { top, left, bottom, right } = selectionBounds();
    const values = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => ''));
    await api('/api/cells', { sheet: view.sheet.name, row: top, column: left, values });
    await refresh();
  }

  document.addEventListener('copy', (event) => {
    if (view.editing || document.activeElement !== document.body) return;
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
    const text = event.clipboardData.getData('text/plain').replace(/\r?\n$/, '');
    if (!text) return;
    const values = text.split(/\r?\n/).map((line) => line.split('\t'));
    await api('/api/cells', { sheet: view.sheet.name, row: view.anchor.row, column: view.anchor.column, values });
    await refresh();
  });

  // --- menu, sheets, panels ---

  function closeMenu() {
    $('extensions-menu').hidden = true;
    $('extensions').setAttribute('aria-expanded', 'false');
  }

  $('extensions').addEventListener('click', () => {
    const menu = $('extensions-menu');
    menu.hidden = !menu.hidden;
    $('extensions').setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) menu.querySelector('button').focus();
  });
  document.addEventListener('mousedown', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.menu')) closeMenu();
  });

  async function runMenuItem(functionName) {
    closeMenu();
    if (view.editing) await commit(0, 0);
    // The item acts on the selection, as in Sheets.
    await sendSelection();
    await api('/api/menu', { functionName });
    await refresh();
  }

  $('add-sheet').addEventListener('click', async () => {
    await api('/api/sheet');
    await refresh();
  });

  const closePanel = async (what) => {
    await api('/api/close', { what });
    await refresh();
  };
  $('close-sidebar').addEventListener('click', () => closePanel('sidebar'));
  $('close-dialog').addEventListener('click', () => closePanel('dialog'));
  $('dialog').addEventListener('cancel', (event) => {
    event.preventDefault();
    closePanel('dialog');
  });
  // google.script.host.close() inside the sidebar or a dialog.
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || !event.data || event.data.type !== 'close') return;
    closePanel(event.data.frame === 'dialog' ? 'dialog' : 'sidebar');
  });
  window.addEventListener('resize', () => {
    renderCharts();
    renderErrorPopup();
  });

  refresh();
})();
