/**
 * "Compare ways in": one new sheet setting several career plans side by side for one place
 * (PATH_COMPARE): straight to work, a coding certificate then CPC, an associate degree then
 * CCS, a bachelor's degree then RHIA, or any plans the person types. It shows the plans, each
 * plan's pay and cumulative earnings net of school and credential costs year by year, the year
 * each overtakes the first, a line chart of the cumulative net of every plan, what each way in
 * rests on (program length and tuition, the eligibility rule of each credential, the education
 * pay factor), and the sources. Values by default; live formulas on request, where the table is
 * one =PATH_COMPARE over the plan cells above it, so editing a plan recomputes the table.
 *
 * Column widths are fitted to the table's headers (wrapped between words) and figures; the
 * chart is sized to the 860 px a 1280 px window shows beside the sidebar and sits in rows kept
 * empty under the table. One setValues, one call per kind of format, one chart.
 */
import { parseArea } from '../../core/places/areas';
import { parseRole } from '../../core/pay/roles';
import { parseSetting, SETTING_LABELS } from '../../core/pay/settings';
import { APPRENTICE_RULES, apprenticeRuleText, credentialLabel } from '../../core/pay/credentials';
import { educationFactor, programBasis, programTerms, PROGRAM_LABELS, type EducationProgram } from '../../core/pay/education';
import { eligibilityRule, pathwaysOf } from '../../core/pay/eligibility';
import { careerPath, parsePlanText, planText, NOT_PROMISES, PLAN_ACCEPTED, type Plan } from '../../core/time/careerPath';
import { compareWaysIn, wayLabel, DEFAULT_WAYS_IN, type WayIn, type WaysIn, type WaysInInputs } from '../../core/time/waysIn';
import { costCitation, credentialCost, describeCost } from '../../core/time/certificationCosts';
import { areaDistribution } from '../../core/pay/distribution';
import { distributionCitation, sourceText, wageSourceLines } from '../../core/sources/citations';
import { InputError, NotInDataError } from '../../core/inputError';
import { cellNumber } from '../../sheets/cells';
import { growthRate, waysInRows } from '../../sheets/careerFunctions';
import type { BuildResult, WaysInRequest } from '../requests';
import type { CellValue, Workbook } from '../workbook/workbook';
import { MAX_TITLE, ROLE_LABELS, plain, text, yearsOf } from './comparison';
import { RequestError } from '../requestError';
import { sheetBlocks, type SheetRow } from './sheetRows';
import { asCellText, formulaString, proseLines, uniqueSheetName } from '../workbook/sheetText';
import { textWidth, twoLineWidth } from '../workbook/columnWidths';
import { CHART_GAP, VISIBLE_WIDTH, rowsCovered } from './chartLayout';

/** Five ways side by side keep the table (a year column and two per way) readable in one window. */
export const MAX_WAYS_ON_A_SHEET = 5;
const CURRENCY = '$#,##0';
const HORIZON_RULE = { min: 1, max: 40, accepted: 'a whole number of years from 1 to 40' };
/** The chart spans the visible columns less a margin; tall enough for a line and a legend entry per way. */
const CHART_WIDTH = VISIBLE_WIDTH - 2 * CHART_GAP;
const CHART_HEIGHT = 360;
/** Prose wider than the visible columns (less a margin) goes on to the next row. */
const LINE_PIXELS = VISIBLE_WIDTH - 20;
/** Sheets' cell padding on both sides, with a little room (columnWidths.ts). */
const CELL_PADDING = 12;
const MIN_WIDTH = 60;
/** A plan cell reading "none" is straight to work, for PATH_COMPARE as for the sheet. */
const NO_PLAN = 'none';

interface ValidatedWays {
  readonly inputs: WaysInInputs;
  /** One cell each, as PATH_COMPARE reads them: the plan in its canonical words, "none" for straight to work. */
  readonly planCells: readonly string[];
  readonly compared: WaysIn;
  readonly output: 'values' | 'formulas';
  readonly title: string;
}

/**
 * A plan's refusal in a few words: which way, what the core says is wrong with it, and what would
 * do instead when the core names it (a plan that meets an eligibility rule); the list of every
 * form a plan takes is left to the help under the boxes.
 */
function wayRefusal(n: number, error: unknown): never {
  if (error instanceof InputError) {
    const suggestion = error.suggestion ? ` — did you mean ${error.suggestion}?` : '.';
    const instead = error.argument === 'plan' && error.accepted !== PLAN_ACCEPTED ? ` Plan accepts ${error.accepted}.` : '';
    throw new RequestError(`Way ${n}: ${error.sentence}${suggestion}${instead}`);
  }
  if (error instanceof NotInDataError) throw new RequestError(`Way ${n}: ${error.message}.`);
  throw error;
}

function checkedWay<T>(n: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    return wayRefusal(n, error);
  }
}

/**
 * The plans as the sidebar sends them: the first is the one the others are measured against
 * (blank: straight to work); a later blank box is left out. No plans at all: the default ways in.
 */
function plansOf(value: unknown): string[] {
  if (value === undefined || value === null) return [...DEFAULT_WAYS_IN];
  if (!Array.isArray(value)) throw new RequestError('The plans must be a list of plans, one a box.');
  if (value.length > MAX_WAYS_ON_A_SHEET) throw new RequestError(`At most ${MAX_WAYS_ON_A_SHEET} ways in side by side.`);
  const given = value.map((v, i) => text(v, `Way ${i + 1}`));
  return given.filter((t, i) => i === 0 || t.trim() !== '');
}

export function validateWaysIn(request: WaysInRequest): ValidatedWays {
  if (typeof request !== 'object' || request === null) throw new RequestError('The request is empty.');
  const title = text(request.title, 'The title', MAX_TITLE).trim();
  const area = plain('Area', () => parseArea(text(request.area, 'The area') || 'US', 'area'));
  const role = plain('Role', () => parseRole(text(request.role, 'The role')));
  const setting = plain('Setting', () => parseSetting(text(request.setting, 'The setting')));
  const yearsText = request.years === undefined || request.years === null ? '' : request.years;
  const yearsNow =
    yearsText === '' || (typeof yearsText === 'string' && yearsText.trim() === '') ? 0 : yearsOf(yearsText, 'Years of experience');
  const horizonText = text(request.horizon, 'The horizon');
  const horizon = horizonText.trim() === '' ? 10 : plain('Horizon', () => cellNumber(horizonText, 'horizon', HORIZON_RULE));
  if (!Number.isInteger(horizon)) throw new RequestError('The horizon must be a whole number of years from 1 to 40.');
  const growth = plain('Growth', () => growthRate(text(request.growth, 'The growth rate', 20)));
  const inputs: WaysInInputs = { area, role, setting, yearsNow, horizon, growth, workWhileStudying: request.whileStudying === true };

  const texts = plansOf(request.plans);
  const ways = texts.map((t, i) => {
    const plan: Plan = checkedWay(i + 1, () => parsePlanText(t));
    const empty = plan.steps.length === 0 && plan.school.length === 0;
    // The plan in its own canonical words ("certificate:0, CPC:1"): the cell a live formula reads and the column's label.
    const cell = empty ? NO_PLAN : planText(plan, credentialLabel);
    // Each plan on its own first, so a refusal says which way it is about.
    checkedWay(i + 1, () => careerPath({ ...inputs, plan: plan.steps, school: plan.school }));
    return { label: wayLabel(cell), plan, cell };
  });
  if (ways.length < 2) throw new RequestError('Give at least one plan to compare with the first.');
  ways.forEach((way, i) => {
    const same = ways.findIndex((w) => w.label === way.label);
    if (same < i) throw new RequestError(`Way ${i + 1} is the same plan as way ${same + 1}.`);
  });
  const compared = plain('Plan', () => compareWaysIn(inputs, ways));
  return {
    inputs,
    planCells: ways.map((w) => w.cell),
    compared,
    output: request.output === 'formulas' ? 'formulas' : 'values',
    title: title || `Ways in for ${area.name}`,
  };
}

const yearsWord = (n: number): string => `${n} year${n === 1 ? '' : 's'}`;
const whenWord = (year: number): string => (year === 0 ? 'now (year 0)' : `in year ${year}`);

/** The publisher a program's tuition comes from ("College Board"), read from its citation. */
function tuitionPublisher(): string {
  return programTerms('associate').tuition.publication.title.split(',')[0]!.trim();
}

function inputsLine(v: ValidatedWays): string {
  const { inputs, compared } = v;
  const growth =
    inputs.growth === 0
      ? "no wage growth assumed: pay is in today's dollars"
      : `pay grows ${Math.round(inputs.growth * 10000) / 100}% a year, as asked`;
  const school = compared.ways.some((w) => w.plan.school.some((s) => s.year !== 'held'));
  const schoolWords = !school
    ? ''
    : (inputs.workWhileStudying
        ? ' You keep coding while in school: pay and experience go on through school years.'
        : ' School years carry no coding pay and add no experience.') +
      ` Tuition and fees are ${tuitionPublisher()}'s published prices before grant aid (or the cost a plan gives), paid in each school year; books, housing and food are not counted.`;
  return (
    `${ROLE_LABELS[inputs.role.role]} (SOC ${inputs.role.soc}) in ${inputs.area.name}, ${SETTING_LABELS[inputs.setting].toLowerCase()}, ` +
    `${yearsWord(inputs.yearsNow)} of coding experience now; ${yearsWord(inputs.horizon)} ahead; ${growth}.${schoolWords} ` +
    `Cumulative net is the earnings so far less school and credential costs so far; each way is measured against the first, ${compared.ways[0]!.label.toLowerCase() === 'straight to work' ? 'straight to work with no program and no credential' : compared.ways[0]!.label}.`
  );
}

/** What one way in rests on, as lines of prose: its programs, its credentials and the rules and prices behind them. */
function wayMeaning(way: WayIn): string[] {
  const { plan, path } = way;
  if (plan.steps.length === 0 && plan.school.length === 0)
    return ["A coding job from now with no program and no credential: each year's pay is the estimate at that year's experience."];
  const lines: string[] = [];
  const programs = new Set<EducationProgram>();
  for (const s of plan.school) {
    programs.add(s.program);
    if (s.year === 'held') {
      lines.push(`${PROGRAM_LABELS[s.program]} already completed.`);
      continue;
    }
    const years = programTerms(s.program).years;
    const cost =
      s.cost !== undefined
        ? ` This plan gives $${s.cost.toLocaleString('en-US')} for the whole program instead of the published tuition.`
        : '';
    const span = years === 1 ? `Year ${s.year}` : `Years ${s.year}–${s.year + years - 1}`;
    lines.push(`${span}: ${programBasis(s.program)}.${cost}`);
  }
  for (const program of programs) lines.push(`Pay once complete: ${educationFactor(program).detail}.`);
  for (const step of plan.steps) {
    const code = step.credential.code;
    if (step.year === 'held') {
      lines.push(`${credentialLabel(step.credential)} already held.`);
      continue;
    }
    const cost = credentialCost(step.credential);
    const exam =
      step.extraCost !== undefined
        ? `cost as the plan gives it $${step.extraCost.toLocaleString('en-US')}`
        : cost.exam
          ? `exam ${describeCost(cost.exam)}`
          : '';
    const membership = cost.membership ? `; membership ${describeCost(cost.membership)}` : '';
    const rule = APPRENTICE_RULES.find((r) => r.credential === code);
    const year = path.years[step.year]!;
    let apprentice = '';
    if (rule && !step.credential.apprenticeRemovedEarly) {
      const course = year.education !== undefined;
      const needed = course ? rule.yearsWithCourse : rule.yearsToRemove;
      apprentice =
        year.experience < needed
          ? `; priced as ${rule.apprentice} (the apprentices’ part of the premium) until ${yearsWord(needed)} of experience${course ? ', the completed program counting as AAPC’s coding course' : ''}`
          : '';
    }
    lines.push(`${credentialLabel(step.credential)} ${whenWord(step.year)}: ${eligibilityRule(code)}${apprentice}; ${exam}${membership}.`);
  }
  return lines;
}

function sourceLines(v: ValidatedWays): string[] {
  const { inputs, compared } = v;
  const distribution = areaDistribution(inputs.role, inputs.area);
  const programs = [...new Set(compared.ways.flatMap((w) => w.plan.school.map((s) => s.program)))];
  const codes = [...new Set(compared.ways.flatMap((w) => w.plan.steps.map((s) => s.credential.code)))];
  const cite = (p: { title: string; url: string }) => `${p.title}: ${p.url}`;
  const distinct = (list: readonly string[]) => [...new Set(list)];
  const lines = [
    ...wageSourceLines([distribution]),
    sourceText('credentials'),
    costCitation(),
    ...distinct(programs.map((p) => `Program length: ${cite(programTerms(p).length.publication)}`)),
    ...distinct(programs.map((p) => `Tuition and fees: ${cite(programTerms(p).tuition.publication)}`)),
    ...distinct(codes.flatMap((c) => pathwaysOf(c).map((p) => `Eligibility: ${cite(p.publication)}`))),
  ];
  if (codes.some((c) => APPRENTICE_RULES.some((r) => r.credential === c))) lines.push(`Apprentices: ${apprenticeRuleText()}.`);
  if (programs.length > 0) lines.push(`Pay by education: ${educationFactor(programs[0]!).caveat}`);
  lines.push(
    "Each year's pay is =CODER_SALARY at that year's experience with the education and credentials then held; =CAREER_PATH(area, years, plan) lays out one way year by year, and =PATH_COMPARE(area, plans) gives this table.",
  );
  if (distribution.basis === 'national-shape')
    lines.push(
      `Only the median is published for ${inputs.area.name}: its percentiles are that median times the national percentile ratios.`,
    );
  if (inputs.role.caveat) lines.push(`${ROLE_LABELS[inputs.role.role]}s: ${inputs.role.caveat}.`);
  return lines;
}

/** The widest word of a wrapped text: the narrowest column that shows it without cutting a word. */
const widestWord = (value: string, bold: boolean): number => Math.max(...value.split(' ').map((w) => textWidth(w, bold)));

/** Figures as $#,##0 shows them. */
const currencyText = (n: number): string => `${n < 0 ? '-' : ''}$${Math.abs(Math.round(n)).toLocaleString('en-US')}`;

/**
 * Widths that show every header word (headers wrap), every figure and every overtaking answer (it
 * wraps too); the year column takes the overtaking row's label in two lines rather than four.
 */
function columnWidths(table: readonly (readonly CellValue[])[]): number[] {
  const header = table[0]!;
  const last = table.length - 1;
  return header.map((_, column) => {
    const texts = table.map((row, i) => {
      const value = row[column];
      if (typeof value === 'number') return textWidth(i === last || column === 0 ? String(value) : currencyText(value), i === last);
      const bold = i === 0 || i === last;
      return column === 0 && i === last ? twoLineWidth(String(value), bold) : widestWord(String(value ?? ''), bold);
    });
    return Math.max(MIN_WIDTH, Math.ceil(Math.max(...texts) + CELL_PADDING));
  });
}

/** Builds the comparison on a new sheet; never touches an existing one. */
export function buildWaysIn(workbook: Workbook, request: WaysInRequest): BuildResult {
  const v = validateWaysIn(request);
  const { inputs, compared } = v;
  const live = v.output === 'formulas';
  const table = waysInRows(compared) as CellValue[][];
  const width = table[0]!.length;
  const years = compared.horizon + 1;
  const rows: SheetRow[] = [];
  const add = (row: SheetRow): number => rows.push(row);
  const blank = () => add({ cells: [] });
  const prose = (line: string, bold = false) => {
    for (const part of proseLines(line, LINE_PIXELS)) add({ cells: [asCellText(part)], bold });
  };

  add({ cells: [asCellText(v.title)], bold: true });
  const kind = live
    ? 'Live formulas: they need the Coding & Billing Pay add-on (Freeze formulas to values before sharing); edit a plan below and the table follows.'
    : 'Values computed by the Coding & Billing Pay add-on: they read the same without it.';
  prose(
    `As of ${distributionCitation(inputs.role, [areaDistribution(inputs.role, inputs.area)])}; tuition, fees and eligibility as cited below. ${kind} Sources below.`,
  );
  prose(inputsLine(v));
  prose(
    `${NOT_PROMISES}: each year's pay is today's estimate at that experience with the education and credentials then held, before tax.`,
  );
  blank();

  add({ cells: ['Ways compared, one plan a cell ("none": straight to work)'], bold: true });
  const firstPlanRow = rows.length + 1;
  for (const cell of v.planCells) add({ cells: [asCellText(cell)] });
  const lastPlanRow = rows.length;
  blank();

  add({ cells: ['Year by year: pay, and cumulative earnings less school and credential costs'], bold: true });
  const formula =
    `=PATH_COMPARE(${formulaString(inputs.area.code)},A${firstPlanRow}:A${lastPlanRow},${inputs.horizon},${inputs.yearsNow},` +
    `${formulaString(inputs.role.role)},${formulaString(inputs.setting)},${inputs.growth},${inputs.workWhileStudying ? 'TRUE' : 'FALSE'})`;
  const moneyFormats = ['0', ...Array.from({ length: width - 1 }, () => CURRENCY)];
  const tableTop = rows.length + 1;
  table.forEach((cells, i) => {
    const last = i === table.length - 1;
    add({
      cells: live ? (i === 0 ? [formula] : []) : cells.map((c) => (typeof c === 'string' ? asCellText(c) : c)),
      bold: i === 0 || last,
      formats: i === 0 || last ? [] : moneyFormats,
    });
  });
  const overtakingRow = tableTop + table.length - 1;
  blank();
  const chartRow = rows.length + 1;
  for (let i = 0; i < rowsCovered(CHART_HEIGHT) + 1; i++) blank();

  add({ cells: ['What each way in means'], bold: true });
  for (const way of compared.ways) {
    prose(way.label, true);
    for (const line of wayMeaning(way)) prose(line);
  }
  blank();
  add({ cells: ['Sources'], bold: true });
  for (const line of sourceLines(v)) prose(line);

  const columns = Math.max(width, 1);
  const { values: block, formats, weights } = sheetBlocks(rows, columns);
  return workbook.withDocumentLock(() => {
    const sheet = workbook.insertSheet(uniqueSheetName(v.title, workbook.sheetNames()));
    sheet.setNumberFormats(1, 1, formats);
    sheet.setValues(1, 1, block);
    sheet.setFontWeights(1, 1, weights);
    // The headers and the overtaking answers wrap between words in their columns.
    sheet.setWrap({ row: tableTop, column: 1, rows: 1, columns: width });
    sheet.setWrap({ row: overtakingRow, column: 1, rows: 1, columns: width });
    sheet.setColumnWidths(1, columnWidths(table));
    sheet.addLineChart({
      title:
        inputs.growth === 0
          ? "Cumulative earnings less school and credential costs (today's dollars)"
          : 'Cumulative earnings less school and credential costs',
      domain: { row: tableTop, column: 1, rows: years + 1, columns: 1 },
      series: compared.ways.map((_, i) => ({ row: tableTop, column: 3 + 2 * i, rows: years + 1, columns: 1 })),
      anchorRow: chartRow,
      anchorColumn: 1,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    });
    workbook.activate(sheet);
    const message = `Built "${sheet.name}": ${compared.ways.length} ways in over ${yearsWord(compared.horizon)}${live ? ', as live formulas' : ''}.`;
    workbook.toast(message, 'Coding & Billing Pay');
    return { sheetName: sheet.name, rows: years, message };
  });
}
