/**
 * The preview page: draws the active sheet as the server holds it (raw contents, values
 * computed by HyperFormula, formats, charts) with the add-on's menu, sidebar, dialogs and
 * toasts, and sends what a person does — typing, pasting, selecting, switching tabs, menu
 * items — back to the server. Every change, wherever it comes from (the sidebar too), is
 * announced by a server-sent event with a new revision, and the page redraws from the state.
 *
 * Bundled for the browser by scripts/preview/pageBundle.ts; served as /page.js.
 */
import { renderCharts } from './charts';
import { connect, refresh } from './connection';
import { elements } from './elements';
import { wireFormulaBar } from './formulaBar';
import { renderGrid } from './grid';
import { wireGridInput } from './gridInput';
import { renderMenu, wireMenu } from './menu';
import { renderDialog, renderSidebar, renderToast, wirePanels } from './panels';
import type { PreviewState } from './previewState';
import { renderErrorPopup } from './selection';
import { renderTabs, wireTabs } from './tabs';
import { view } from './view';

function draw(state: PreviewState): void {
  const switched = state.sheet.name !== view.sheet.name;
  view.revision = state.revision;
  view.latest = Math.max(view.latest, state.revision);
  view.sheet = state.sheet;
  if (switched) {
    // Another sheet opens on its own selection, scrolled to the top.
    const s = state.selection;
    view.anchor = s ? { row: s.row, column: s.column } : { row: 1, column: 1 };
    view.focus = s ? { row: s.row + s.rows - 1, column: s.column + s.columns - 1 } : { row: 1, column: 1 };
    elements.gridWrap.scrollTo(0, 0);
  }
  renderMenu(state.menu);
  renderTabs(state.sheets, state.active);
  renderGrid();
  renderSidebar(state.sidebar);
  renderDialog(state.dialog);
  renderToast(state.toast);
  // The revision drawn, for a script or a person inspecting the page to wait on.
  document.body.dataset.revision = String(state.revision);
}

connect(draw);
wireGridInput();
wireFormulaBar();
wireMenu();
wireTabs();
wirePanels();
window.addEventListener('resize', () => {
  renderCharts();
  renderErrorPopup();
});
void refresh();
