/**
 * Reading a roster: headers as people write them, and every row accounted for — blank lines,
 * totals rows, merged cells, text in number columns, formulas — with nothing written anywhere.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../scripts/preview/memoryWorkbook';
import { headerField, readRoster, rosterRows } from '../../src/addon/roster/roster';
import type { CellValue, GridRange } from '../../src/addon/workbook/workbook';

function rosterBook(rows: readonly (readonly (CellValue | '')[])[], name = 'Roster'): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ sheetNames: [name] });
  rows.forEach((cells, i) => cells.forEach((v, j) => workbook.setCell(name, i + 1, j + 1, v)));
  return workbook;
}

function rowsOf(workbook: MemoryWorkbook, range: GridRange, area?: string) {
  const block = workbook.readBlock('Roster', range)!;
  const preview = readRosterAt(workbook, range);
  return rosterRows(block, { fields: preview.columns.map((c) => c.field), ...(area ? { area } : {}) });
}

function readRosterAt(workbook: MemoryWorkbook, range: GridRange) {
  workbook.select('Roster', range);
  return readRoster(workbook);
}

describe('roster headers', () => {
  it('are matched by the names people use', () => {
    const cases: [string, string | undefined][] = [
      ['Name', 'name'],
      ['Employee', 'name'],
      ['Employee name', 'name'],
      ['First name', 'name'],
      ['Location', 'location'],
      ['City', 'location'],
      ['State', 'location'],
      ['Work state', 'location'],
      ['Area', 'location'],
      ['Years', 'years'],
      ['Years of experience', 'years'],
      ['Experience (yrs)', 'years'],
      ['Yrs', 'years'],
      ['Credentials', 'credentials'],
      ['Certs', 'credentials'],
      ['Certifications', 'credentials'],
      ['Role', 'role'],
      ['Title', 'role'],
      ['Job title', 'role'],
      ['Setting', 'setting'],
      ['Work setting', 'setting'],
      ['Pay', 'annualPay'],
      ['Salary', 'annualPay'],
      ['Annual pay', 'annualPay'],
      ['Base salary ($)', 'annualPay'],
      ['Hourly rate', 'hourlyRate'],
      ['Hourly pay', 'hourlyRate'],
      ['Wage/hr', 'hourlyRate'],
      ['Rate ($/hr)', 'hourlyRate'],
      // Asked, not guessed: a rate may be hourly or annual; a start year is not years of experience.
      ['Pay rate', undefined],
      ['Start year', undefined],
      ['Based in', undefined],
      ['', undefined],
    ];
    for (const [header, field] of cases) expect(headerField(header), header).toBe(field);
  });

  it('are read with the roster’s size, sending back no name and no figure', () => {
    const workbook = rosterBook([
      ['Employee', 'Based in', 'Experience', 'Certs', 'Title', 'Hourly rate', 'Salary'],
      ['Ana Rivera', 'TX', 1, 'CPC-A', 'Coder I', 24.5, ''],
      ['Jo Chen', 'OH', 6, 'CPC', 'coder', 27, ''],
    ]);
    const preview = readRosterAt(workbook, { row: 1, column: 1, rows: 3, columns: 7 });
    expect(preview).toMatchObject({ sheetName: 'Roster', a1: "'Roster'!A1:G3", rows: 2 });
    expect(preview.columns.map((c) => [c.header, c.field, c.note])).toEqual([
      ['Employee', 'name', undefined],
      ['Based in', null, 'not recognised'],
      ['Experience', 'years', undefined],
      ['Certs', 'credentials', undefined],
      ['Title', 'role', undefined],
      ['Hourly rate', 'hourlyRate', undefined],
      ['Salary', null, 'another column already holds the pay'],
    ]);
    const sent = JSON.stringify(preview);
    for (const secret of ['Ana', 'Rivera', 'Chen', '24.5']) expect(sent).not.toContain(secret);
    expect(workbook.sheets).toHaveLength(1);
    expect(workbook.calls.setValues ?? 0).toBe(0);
  });

  it('take the sheet’s data when a single cell is selected, without trailing empty rows and columns', () => {
    const workbook = rosterBook([
      ['Name', 'State', 'Years', 'Pay'],
      ['A', 'TX', 1, 40_000],
    ]);
    workbook.select('Roster', { row: 1, column: 1, rows: 1, columns: 1 });
    expect(readRoster(workbook).range).toEqual({ row: 1, column: 1, rows: 2, columns: 4 });
    // Whole columns selected: 1,000 rows of which two hold anything.
    workbook.select('Roster', { row: 1, column: 1, rows: 1000, columns: 6 });
    expect(readRoster(workbook).range).toEqual({ row: 1, column: 1, rows: 2, columns: 4 });
  });

  it('say when pay looks hourly, and when the header row seems missing', () => {
    const hourly = rosterBook([
      ['Name', 'State', 'Years', 'Pay'],
      ['A', 'TX', 1, 24.5],
      ['B', 'TX', 2, 27],
    ]);
    expect(readRosterAt(hourly, { row: 1, column: 1, rows: 3, columns: 4 }).notes).toEqual([
      'Most amounts in "Pay" are under $500: if they are hourly rates, choose Hourly rate for it.',
    ]);
    const headless = rosterBook([
      ['A', 'TX', 1, 40_000],
      ['B', 'OH', 2, 45_000],
    ]);
    expect(readRosterAt(headless, { row: 1, column: 1, rows: 2, columns: 4 }).notes[0]).toMatch(/first row is read as headers/);
  });

  it('refuse a selection with no one under the headers, or far too large, in plain words', () => {
    const workbook = rosterBook([['Name', 'State']]);
    expect(() => readRosterAt(workbook, { row: 1, column: 1, rows: 1, columns: 2 })).toThrowError(
      'Select the roster with its header row and at least one person under it.',
    );
    const wide = rosterBook([Array.from({ length: 45 }, (_, j) => `H${j}`), Array.from({ length: 45 }, () => 1)]);
    expect(() => readRosterAt(wide, { row: 1, column: 1, rows: 2, columns: 45 })).toThrowError(/45 columns wide/);
  });
});

describe('roster rows', () => {
  const HEADER = ['Name', 'State', 'Years', 'Credentials', 'Role', 'Setting', 'Salary'];

  it('account for every row: people, blank lines, totals rows and repeated headers', () => {
    const workbook = rosterBook([
      HEADER,
      ['Ana', 'TX', 1, 'CPC', 'Medical Coder II', 'clinic', 44_000],
      [],
      ['Total', '', '', '', '', '', '=SUM(G2:G3)'],
      HEADER,
      ['Grand total', '', '', '', '', '', 44_000],
      ['', '', '', '', '', '', ''],
      ['Ben', 'OH', 'ten', '', 'Office manager', '', '52k'],
    ]);
    const rows = rowsOf(workbook, { row: 1, column: 1, rows: 8, columns: 7 });
    expect(rows.map((r) => [r.rosterRow, r.kind])).toEqual([
      [2, 'person'],
      [3, 'blank'],
      [4, 'skipped'],
      [5, 'skipped'],
      [6, 'skipped'],
      [7, 'blank'],
      [8, 'person'],
    ]);
    expect(rows[0]).toMatchObject({
      name: 'Ana',
      location: 'TX',
      years: 1,
      credentials: 'CPC',
      role: 'coder',
      setting: 'clinic',
      pay: 44_000,
    });
    expect(rows[0]!.notes).toEqual(['Role: "Medical Coder II" read as coder.']);
    expect(rows[2]!.notes).toEqual(['Not reviewed: a totals row ("Salary" is =SUM(G2:G3)).']);
    expect(rows[3]!.notes).toEqual(['Not reviewed: it repeats the header row.']);
    expect(rows[4]!.notes).toEqual(['Not reviewed: a totals row ("Grand total").']);
    // Text in number columns and an unknown title are the person's own errors, found by the review.
    expect(rows[6]).toMatchObject({ years: 'ten', pay: '52k', role: 'Office manager', setting: 'any' });
  });

  it('fill a location merged down one column into every row it covers, and skip a heading merged across', () => {
    const workbook = rosterBook([
      HEADER,
      ['Coding team', '', '', '', '', '', ''],
      ['Ana', 'TX', 1, 'CPC', 'coder', '', 44_000],
      ['Ben', '', 4, 'CPC', 'coder', '', 48_000],
      ['Cy', '', 9, '', 'coder', '', 51_000],
    ]);
    workbook.merge('Roster', { row: 2, column: 1, rows: 1, columns: 7 });
    workbook.merge('Roster', { row: 3, column: 2, rows: 3, columns: 1 });
    const rows = rowsOf(workbook, { row: 1, column: 1, rows: 5, columns: 7 });
    expect(rows[0]!.kind).toBe('skipped');
    expect(rows[0]!.notes[0]).toMatch(
      /^Not reviewed: the merged cells A2:G2 run across the columns the review reads, as a heading does \("Coding team"\)/,
    );
    expect(rows.slice(1).map((r) => r.location)).toEqual(['TX', 'TX', 'TX']);
    expect(rows[2]!.notes).toEqual(['Location from the merged cells B3:B5.']);
  });

  it('read a formula by the value it shows, and say so; a failing formula is a bad value', () => {
    const workbook = new MemoryWorkbook({
      sheetNames: ['Roster'],
      evaluate: (_sheet, row) => (row === 2 ? 46_000 : '#REF!'),
    });
    [HEADER, ['Ana', 'TX', 1, '', 'coder', '', '=F9*1.02'], ['Ben', 'TX', 2, '', 'coder', '', '=Sheet9!A1']].forEach((cells, i) =>
      cells.forEach((v, j) => workbook.setCell('Roster', i + 1, j + 1, v)),
    );
    const rows = rowsOf(workbook, { row: 1, column: 1, rows: 3, columns: 7 });
    expect(rows[0]).toMatchObject({ pay: 46_000, notes: ['"Salary" is a formula (=F9*1.02): the value it shows is used.'] });
    expect(rows[1]).toMatchObject({ pay: '#REF!', notes: ['"Salary" shows #REF!: its formula (=Sheet9!A1) fails in the roster.'] });
  });

  it('convert an hourly rate at 2,080 hours, and say why a rate that is not a number is not reviewed', () => {
    const workbook = rosterBook([
      ['Name', 'State', 'Years', 'Hourly rate'],
      ['Ana', 'TX', 1, 24.5],
      ['Ben', 'TX', 2, '$27.10'],
      ['Cy', 'TX', 3, 'n/a'],
    ]);
    const rows = rowsOf(workbook, { row: 1, column: 1, rows: 4, columns: 4 });
    // The rate that is not a number stays as typed, so the review's own cell says it is bad too.
    expect(rows.map((r) => r.pay)).toEqual([50_960, 56_368, 'n/a']);
    expect(rows[2]!.problem).toMatch(
      /^Not reviewed: hourly rate must be a number, got "n\/a"\. Hourly rate accepts an hourly rate in dollars/,
    );
  });

  it('give everyone the chosen area when no column holds a location', () => {
    const workbook = rosterBook([
      ['Name', 'Years', 'Pay'],
      ['Ana', 1, 44_000],
    ]);
    expect(rowsOf(workbook, { row: 1, column: 1, rows: 2, columns: 3 }, 'WA')[0]!.location).toBe('WA');
  });
});
