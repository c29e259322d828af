/**
 * The Workbook over Apps Script's SpreadsheetApp: each method is one service call. The
 * services are passed in from src/index.ts, the only file that names Apps Script globals.
 */
import {
  a1Notation,
  widthRuns,
  type BarChartSpec,
  type BlockContents,
  type CellValue,
  type ConditionalFormat,
  type GridRange,
  type LineChartSpec,
  type SheetHandle,
  type Workbook,
} from './workbook';

type Range = GoogleAppsScript.Spreadsheet.Range;

const LOCK_WAIT_MS = 20_000;

function gridRange(r: Range): GridRange {
  return { row: r.getRow(), column: r.getColumn(), rows: r.getNumRows(), columns: r.getNumColumns() };
}

/** One read each of values, formulas and merged ranges, whatever the block's size. */
function blockContents(sheetName: string, r: Range): BlockContents {
  return {
    sheetName,
    range: gridRange(r),
    values: r.getValues() as CellValue[][],
    formulas: r.getFormulas(),
    merged: r.getMergedRanges().map(gridRange),
  };
}

function sheetHandle(spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp, sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetHandle {
  const block = (row: number, column: number, cells: readonly (readonly unknown[])[]) =>
    sheet.getRange(row, column, cells.length, cells[0]!.length);
  const range = (r: GridRange) => sheet.getRange(r.row, r.column, r.rows, r.columns);
  return {
    name: sheet.getName(),
    setValues: (row, column, values) => void block(row, column, values).setValues(values as CellValue[][]),
    setNumberFormats: (row, column, formats) => void block(row, column, formats).setNumberFormats(formats as string[][]),
    setFontWeights: (row, column, weights) =>
      void block(row, column, weights).setFontWeights(weights as GoogleAppsScript.Spreadsheet.FontWeight[][]),
    setWrap: (r) => void range(r).setWrap(true),
    setFrozenRows: (rows) => void sheet.setFrozenRows(rows),
    setFrozenColumns: (columns) => void sheet.setFrozenColumns(columns),
    setColumnWidths: (column, widths) =>
      widthRuns(column, widths).forEach((run) => sheet.setColumnWidths(run.column, run.count, run.width)),
    addBarChart: (chart: BarChartSpec) =>
      sheet.insertChart(
        sheet
          .newChart()
          .asBarChart()
          .addRange(range(chart.labels))
          .addRange(range(chart.values))
          .setOption('title', chart.title)
          .setOption('legend', { position: 'none' })
          .setOption('width', chart.width)
          .setOption('height', chart.height)
          .setPosition(chart.anchorRow, chart.anchorColumn, chart.offsetX, 0)
          .build(),
      ),
    // Rule builders are local objects: the rules reach the sheet in one call.
    setConditionalFormats: (rules: readonly ConditionalFormat[]) =>
      sheet.setConditionalFormatRules(
        rules.map((rule) => {
          let builder = spreadsheetApp.newConditionalFormatRule().setRanges([range(rule.range)]);
          builder =
            'textEquals' in rule.when
              ? builder.whenTextEqualTo(rule.when.textEquals)
              : builder.whenTextStartsWith(rule.when.textStartsWith);
          if (rule.background) builder = builder.setBackground(rule.background);
          if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
          return builder.build();
        }),
      ),
    addLineChart: (chart: LineChartSpec) => {
      const builder = sheet.newChart().asLineChart().addRange(range(chart.domain));
      for (const series of chart.series) builder.addRange(range(series));
      sheet.insertChart(
        builder
          .setNumHeaders(1)
          // The first column (plan years, May years) is the horizontal axis, said outright: a
          // numeric first column could otherwise be plotted as one more line. The option is the
          // one the EmbeddedChartBuilder reference documents for setOption.
          .setOption('useFirstColumnAsDomain', true)
          .setOption('title', chart.title)
          .setOption('legend', { position: 'bottom' })
          // A year without a figure stays a gap in the line (Google Charts' interpolateNulls).
          .setOption('interpolateNulls', false)
          .setOption('hAxis', { format: '0' })
          .setOption('width', chart.width)
          .setOption('height', chart.height)
          .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
          .build(),
      );
    },
    getValues: (r) => range(r).getValues() as CellValue[][],
    getFormulas: (r) => range(r).getFormulas(),
    // A RangeList clears any number of blocks in one call.
    clearContents: (ranges) => {
      if (ranges.length > 0) sheet.getRangeList(ranges.map(a1Notation)).clearContent();
    },
    dataRange: () => {
      const r = sheet.getDataRange();
      return { row: 1, column: 1, rows: r.getNumRows(), columns: r.getNumColumns() };
    },
  };
}

export function appsScriptWorkbook(
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  lockService: GoogleAppsScript.Lock.LockService,
  utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'sleep'>,
): Workbook {
  const spreadsheet = spreadsheetApp.getActiveSpreadsheet();
  return {
    sheetNames: () => spreadsheet.getSheets().map((s) => s.getName()),
    insertSheet: (name) => sheetHandle(spreadsheetApp, spreadsheet.insertSheet(name)),
    activeSheet: () => sheetHandle(spreadsheetApp, spreadsheet.getActiveSheet()),
    selection: () => {
      const r = spreadsheet.getActiveRange();
      return r ? gridRange(r) : undefined;
    },
    readSelection: () => {
      const r = spreadsheet.getActiveRange();
      return r ? blockContents(r.getSheet().getName(), r) : undefined;
    },
    readBlock: (sheetName, r) => {
      const sheet = spreadsheet.getSheetByName(sheetName);
      return sheet ? blockContents(sheetName, sheet.getRange(r.row, r.column, r.rows, r.columns)) : undefined;
    },
    activate: (sheet) => void spreadsheet.getSheetByName(sheet.name)?.activate(),
    toast: (message, title) => spreadsheet.toast(message, title),
    flush: () => spreadsheetApp.flush(),
    wait: (milliseconds) => utilities.sleep(milliseconds),
    withDocumentLock: (write) => {
      // Typed as always a Lock, but documented to return null outside a document (a script run
      // from the editor with no spreadsheet open, for instance).
      const lock = lockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
      if (!lock) throw new Error('This works only inside a spreadsheet: open the spreadsheet and use the add-on from its Extensions menu.');
      if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error('Another change to this spreadsheet is still running. Try again in a moment.');
      try {
        return write();
      } finally {
        lock.releaseLock();
      }
    },
  };
}
