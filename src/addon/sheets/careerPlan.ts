/**
 * "Plan a career": one new sheet with the year-by-year path of a plan (CAREER_PATH) beside the
 * pay without it, a line chart of the two, the payback of each credential in the plan
 * (CERT_PAYBACK), and the area's wage trend in current and constant dollars (WAGE_TREND) with
 * its own chart; then the sources. Values by default, live formulas on request: each computed
 * block is one formula (CAREER_PATH and WAGE_TREND spill their tables, CODER_SALARY and
 * CERT_PAYBACK answer a whole column from the columns beside them); a payback's up-front cost
 * and annual gain stay values (CERT_PAYBACK_EXPLAIN shows them step by step).
 *
 * The tables share eight columns sized to fit the 860 px of sheet a 1280 px window shows beside
 * the sidebar; headers and notes wrap instead of running under a chart, and each chart sits in
 * rows kept empty under its table. One setValues, one call per kind of format, two charts.
 */
import { parseArea } from '../../core/places/areas';
import { parseRole } from '../../core/pay/roles';
import { credentialLabel } from '../../core/pay/credentials';
import { parseSetting, SETTING_LABELS } from '../../core/pay/settings';
import { careerPath, parsePlanText, planText, NOT_PROMISES, type CareerPath, type PlanStep } from '../../core/time/careerPath';
import { PROGRAM_LABELS, schoolCitation } from '../../core/pay/education';
import { certificationPayback, paybackAnswer } from '../../core/time/certificationPayback';
import { wageTrend, trendSourceLines, type WageTrend } from '../../core/time/wageTrend';
import { costCitation } from '../../core/time/certificationCosts';
import { areaDistribution } from '../../core/pay/distribution';
import { distributionCitation, sourceText, wageSourceLines } from '../../core/sources/citations';
import { cellNumber } from '../../sheets/cells';
import { careerPathHeader, careerPathRows, growthRate, WAGE_TREND_HEADER } from '../../sheets/careerFunctions';
import type { BuildResult, CareerPlanRequest } from '../requests';
import type { CellValue, Workbook } from '../workbook/workbook';
import { MAX_TITLE, ROLE_LABELS, plain, text, yearsOf } from './comparison';
import { RequestError } from '../requestError';
import { sheetBlocks, type SheetRow } from './sheetRows';
import { asCellText, formulaString, proseLines, uniqueSheetName } from '../workbook/sheetText';

const CURRENCY = '$#,##0';
const INTEGER = '#,##0';
const HORIZON_RULE = { min: 1, max: 40, accepted: 'a whole number of years from 1 to 40' };
const PREP_RULE = { min: 0, max: 1_000_000, accepted: 'an amount in dollars from 0 to 1,000,000, or blank' };
const START_RULE = { min: 0, max: 120, accepted: 'a number of months from 0 to 120, or blank' };
/** Pixels per column: 860 in all, what a 1280 px window shows of a sheet beside the sidebar. */
const WIDTHS = [80, 90, 100, 100, 100, 100, 200, 90];
const WIDTH = WIDTHS.length;
const CHART_WIDTH = 620;
const CHART_HEIGHT = 300;
/** Sheets' default row height: the empty rows a chart sits in. */
const ROW_HEIGHT = 21;
const CHART_ROWS = Math.ceil(CHART_HEIGHT / ROW_HEIGHT) + 1;
/** Prose wider than the eight columns (less a margin) goes on to the next row. */
const LINE_PIXELS = 840;

interface ValidatedPlan {
  readonly path: CareerPath;
  readonly trend: WageTrend;
  readonly planText: string;
  readonly output: 'values' | 'formulas';
  readonly title: string;
}

export function validateCareerPlan(request: CareerPlanRequest): ValidatedPlan {
  if (typeof request !== 'object' || request === null) throw new RequestError('The request is empty.');
  const title = text(request.title, 'The title', MAX_TITLE).trim();
  const area = plain('Area', () => parseArea(text(request.area, 'The area') || 'US', 'area'));
  const role = plain('Role', () => parseRole(text(request.role, 'The role')));
  const setting = plain('Setting', () => parseSetting(text(request.setting, 'The setting')));
  const yearsNow = yearsOf(request.years, 'Years of experience');
  const horizonText = text(request.horizon, 'The horizon');
  const horizon = horizonText.trim() === '' ? 10 : plain('Horizon', () => cellNumber(horizonText, 'horizon', HORIZON_RULE));
  if (!Number.isInteger(horizon)) throw new RequestError('The horizon must be a whole number of years from 1 to 40.');
  const growth = plain('Growth', () => growthRate(text(request.growth, 'The growth rate', 20)));
  const planGiven = text(request.plan, 'The plan');
  const plan = plain('Plan', () => parsePlanText(planGiven));
  const prepText = text(request.prepCost ?? '', 'The preparation cost', 20).trim();
  const startText = text(request.monthsToStart ?? '', 'The months until new pay starts', 20).trim();
  const prepCost = prepText === '' ? undefined : plain('Preparation cost', () => cellNumber(prepText, 'prep_cost', PREP_RULE));
  const monthsToStart =
    startText === '' ? undefined : plain('Months until new pay starts', () => cellNumber(startText, 'months_to_start', START_RULE));
  const options = { ...(prepCost !== undefined ? { prepCost } : {}), ...(monthsToStart !== undefined ? { monthsToStart } : {}) };
  const workWhileStudying = request.whileStudying === true;
  const path = plain('Plan', () =>
    careerPath({ area, yearsNow, plan: plan.steps, school: plan.school, workWhileStudying, horizon, role, setting, growth, ...options }),
  );
  return {
    path,
    trend: plain('Area', () => wageTrend(role, area)),
    planText: planText(plan, credentialLabel),
    output: request.output === 'formulas' ? 'formulas' : 'values',
    title: title || `Career plan for ${area.name}`,
  };
}

/** A1 column letter of a 1-based column (the sheet has eight). */
const letter = (column: number): string => String.fromCharCode(64 + column);
const columnRange = (column: number, first: number, last: number): string => `${letter(column)}${first}:${letter(column)}${last}`;
const codes = (list: readonly { code: string }[]): string => list.map((c) => c.code).join(', ');

function planWords(inputs: CareerPath['inputs']): string {
  const when = (year: number | 'held', done: string) => (year === 'held' ? done : year === 0 ? 'now' : `in year ${year}`);
  const words = [
    ...(inputs.school ?? []).map((s) => `${PROGRAM_LABELS[s.program]} ${s.year === 'held' ? 'completed' : `from ${when(s.year, '')}`}`),
    ...inputs.plan.map((s) => `${credentialLabel(s.credential)} ${when(s.year, 'already held')}`),
  ];
  return words.length === 0 ? 'no credential' : words.join(', ');
}

function inputsLine(p: ValidatedPlan): string {
  const { inputs } = p.path;
  const growth =
    inputs.growth === 0
      ? "no wage growth assumed: pay is in today's dollars"
      : `pay grows ${Math.round(inputs.growth * 10000) / 100}% a year, as asked`;
  return (
    `${ROLE_LABELS[inputs.role.role]} (SOC ${inputs.role.soc}) in ${inputs.area.name}, ${SETTING_LABELS[inputs.setting].toLowerCase()}, ` +
    `${inputs.yearsNow} years of experience now; plan: ${planWords(inputs)}; ${inputs.horizon} years ahead; ${growth}` +
    `${inputs.prepCost !== undefined ? `; preparation $${inputs.prepCost.toLocaleString('en-US')} with the first credential` : '; no preparation cost counted'}` +
    `${inputs.monthsToStart ? `; new pay starts ${inputs.monthsToStart} months after each credential` : ''}. ` +
    'A CPC or COC earned with under 2 years of experience is CPC-A or COC-A, with the apprentices’ part of the premium, until the experience is there.' +
    ((inputs.school ?? []).length > 0
      ? inputs.workWhileStudying
        ? ' You keep coding while in school: pay and experience go on.'
        : ' School years carry no coding pay and add no experience; tuition and fees are paid in each school year.'
      : '')
  );
}

function sourceLines(p: ValidatedPlan): string[] {
  const { inputs } = p.path;
  const distribution = areaDistribution(inputs.role, inputs.area);
  const lines = [
    ...wageSourceLines([distribution]),
    sourceText('credentials'),
    sourceText('setting'),
    costCitation(),
    ...((p.path.inputs.school ?? []).length > 0 ? [schoolCitation()] : []),
    ...trendSourceLines(p.trend),
    "Each year's pay is =CODER_SALARY(area, experience, credentials held, role, setting); =CERT_PAYBACK_EXPLAIN(...) shows every step of a payback with its sources.",
  ];
  if (distribution.basis === 'national-shape')
    lines.push(
      `Only the median is published for ${inputs.area.name}: its percentiles are that median times the national percentile ratios.`,
    );
  if (inputs.role.caveat) lines.push(`${ROLE_LABELS[inputs.role.role]}s: ${inputs.role.caveat}.`);
  return lines;
}

/** Builds the plan on a new sheet; never touches an existing one. */
export function buildCareerPlan(workbook: Workbook, request: CareerPlanRequest): BuildResult {
  const p = validateCareerPlan(request);
  const { inputs, years } = p.path;
  const live = p.output === 'formulas';
  const area = formulaString(inputs.area.code);
  const role = formulaString(inputs.role.role);
  const setting = formulaString(inputs.setting);
  const held = inputs.plan.filter((s) => s.year === 'held');
  const school = (inputs.school ?? []).length > 0;
  const rows: SheetRow[] = [];
  const add = (row: SheetRow): number => rows.push(row);
  const blank = () => add({ cells: [] });

  const prose = (text: string) => {
    for (const line of proseLines(text, LINE_PIXELS)) add({ cells: [asCellText(line)] });
  };
  add({ cells: [asCellText(p.title)], bold: true });
  const kind = live
    ? 'Live formulas: they need the Coding & Billing Pay add-on (Freeze formulas to values before sharing).'
    : 'Values computed by the Coding & Billing Pay add-on: they read the same without it.';
  prose(
    `As of ${distributionCitation(inputs.role, [areaDistribution(inputs.role, inputs.area)])}; credential costs as cited below. ${kind} Sources below.`,
  );
  prose(inputsLine(p));
  prose(
    `${NOT_PROMISES}: each year's pay is today's estimate at that experience with the credentials then held, before tax; ` +
      'each payback holds each gain (an apprentice’s, then the full credential’s) constant from the experience at which it starts.',
  );
  blank();

  // Year by year, and the pay without the plan beside it. Live, CAREER_PATH spills its own header.
  add({ cells: ['Year by year'], bold: true });
  const pathFormula =
    `=CAREER_PATH(${area},${inputs.yearsNow},${formulaString(p.planText)},${inputs.horizon},${role},${setting},${inputs.growth},` +
    `${inputs.prepCost ?? '""'},${inputs.monthsToStart ?? '""'}${inputs.workWhileStudying ? ',TRUE' : ''})`;
  const pathHeaderRow = add({
    cells: live
      ? [pathFormula, '', '', '', '', '', 'Pay without the plan']
      : [...careerPathHeader(inputs.growth, school), 'Pay without the plan'],
    bold: true,
  });
  const firstPathRow = pathHeaderRow + 1;
  const lastPathRow = pathHeaderRow + years.length;
  const pathFormats = ['0', '0', 'General', CURRENCY, CURRENCY, CURRENCY, CURRENCY];
  const heldArgument = formulaString(codes(held.map((s) => s.credential)));
  const experience = columnRange(2, firstPathRow, lastPathRow);
  const withoutFormula =
    inputs.growth === 0
      ? `=CODER_SALARY(${area},${experience},${heldArgument},${role},${setting})`
      : `=ARRAYFORMULA(ROUND(CODER_SALARY(${area},${experience},${heldArgument},${role},${setting})*(1+${inputs.growth})^${columnRange(1, firstPathRow, lastPathRow)}))`;
  // CAREER_PATH's own rows, and the pay without the plan beside them.
  const pathRows = careerPathRows(p.path).slice(1);
  years.forEach((y, i) => {
    const values: CellValue[] = [...(pathRows[i] as CellValue[]), y.payWithout];
    add({ cells: !live ? values : i === 0 ? ['', '', '', '', '', '', withoutFormula] : [], formats: pathFormats });
  });
  blank();
  const payChartRow = rows.length + 1;
  for (let i = 0; i < CHART_ROWS; i++) blank();

  // Payback of each credential the plan adds.
  add({ cells: ['Payback of each credential in the plan'], bold: true });
  const steps = inputs.plan.filter((s) => s.year !== 'held');
  const paybackHeaderRow = add({
    cells: [
      'Credential',
      'Earned in year',
      'Years of experience then',
      'Held before',
      'Cost you gave (exam where uncited, preparation)',
      'Up-front cost',
      'Annual gain',
      'Months to pay back',
    ],
    bold: true,
  });
  const first = paybackHeaderRow + 1;
  const last = paybackHeaderRow + steps.length;
  // The preparation goes with the first credential earned, as CAREER_PATH pays it; in the column of costs you gave.
  const firstYear = Math.min(...steps.map((s) => s.year as number));
  const givenCost = (step: PlanStep): number | undefined =>
    inputs.prepCost !== undefined && step === steps.find((s) => s.year === firstYear)
      ? (step.extraCost ?? 0) + inputs.prepCost
      : step.extraCost;
  const months = inputs.monthsToStart ?? '""';
  steps.forEach((step, i) => {
    const before = inputs.plan.filter((s) => s.year === 'held' || (s.year as number) < (step.year as number)).map((s) => s.credential);
    const experienceThen = years[step.year as number]!.experience;
    const payback = certificationPayback({
      area: inputs.area,
      years: experienceThen,
      role: inputs.role,
      setting: inputs.setting,
      have: before,
      adding: [step.credential],
      ...(givenCost(step) !== undefined ? { extraCost: givenCost(step) } : {}),
      ...(inputs.monthsToStart !== undefined ? { monthsToStart: inputs.monthsToStart } : {}),
    });
    const answer = live
      ? i === 0
        ? `=CERT_PAYBACK(${area},${columnRange(3, first, last)},${columnRange(1, first, last)},${columnRange(4, first, last)},${role},${setting},${columnRange(5, first, last)},"",${months})`
        : ''
      : paybackAnswer(payback);
    add({
      cells: [
        step.credential.code,
        step.year,
        experienceThen,
        codes(before) || 'none',
        givenCost(step) ?? '',
        payback.upFront,
        payback.annualGain,
        answer,
      ],
      formats: ['General', '0', '0', 'General', CURRENCY, CURRENCY, CURRENCY, '0.0'],
    });
  });
  if (steps.length === 0) add({ cells: ['The plan adds no credential.'] });
  blank();

  // The area's wage trend.
  const trend = p.trend;
  add({ cells: [asCellText(`Wage trend: ${inputs.area.name}, ${inputs.role.occupation} (SOC ${inputs.role.soc})`)], bold: true });
  const provisional = trend.base.provisional ? `, ${trend.base.year} average provisional` : '';
  const trendHeaderRow = add({
    cells: live
      ? [`=WAGE_TREND(${area},${role})`]
      : [...WAGE_TREND_HEADER, `Median in ${trend.base.year} dollars (CPI-U${provisional})`, 'Note'],
    bold: true,
  });
  const trendFormats = ['0', 'General', CURRENCY, CURRENCY, INTEGER, CURRENCY, 'General'];
  for (const r of trend.rows) {
    const values: CellValue[] = [
      r.year,
      r.code,
      r.median ?? '',
      r.mean ?? '',
      r.employment ?? '',
      r.constantMedian ?? '',
      asCellText(r.note),
    ];
    add({ cells: live ? [] : values, formats: trendFormats });
  }
  const lastTrendRow = trendHeaderRow + trend.rows.length;
  blank();
  const trendChartRow = rows.length + 1;
  for (let i = 0; i < CHART_ROWS; i++) blank();

  add({ cells: ['Sources'], bold: true });
  for (const line of sourceLines(p)) prose(line);

  const { values: block, formats, weights } = sheetBlocks(rows, WIDTH);
  return workbook.withDocumentLock(() => {
    const sheet = workbook.insertSheet(uniqueSheetName(p.title, workbook.sheetNames()));
    sheet.setNumberFormats(1, 1, formats);
    sheet.setValues(1, 1, block);
    sheet.setFontWeights(1, 1, weights);
    // Headers and notes wrap in their columns rather than running under the charts.
    sheet.setWrap({ row: pathHeaderRow, column: 1, rows: 1, columns: WIDTH });
    sheet.setWrap({ row: paybackHeaderRow, column: 1, rows: 1, columns: WIDTH });
    sheet.setWrap({ row: trendHeaderRow, column: 1, rows: lastTrendRow - trendHeaderRow + 1, columns: WIDTH - 1 });
    sheet.setColumnWidths(1, WIDTHS);
    sheet.addLineChart({
      title: inputs.growth === 0 ? "Estimated pay with and without the plan (today's dollars)" : 'Estimated pay with and without the plan',
      domain: { row: pathHeaderRow, column: 1, rows: years.length + 1, columns: 1 },
      series: [
        { row: pathHeaderRow, column: 4, rows: years.length + 1, columns: 1 },
        { row: pathHeaderRow, column: 7, rows: years.length + 1, columns: 1 },
      ],
      anchorRow: payChartRow,
      anchorColumn: 1,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    });
    sheet.addLineChart({
      title: `Median pay in ${inputs.area.name}: current and ${trend.base.year} dollars`,
      domain: { row: trendHeaderRow, column: 1, rows: trend.rows.length + 1, columns: 1 },
      series: [
        { row: trendHeaderRow, column: 3, rows: trend.rows.length + 1, columns: 1 },
        { row: trendHeaderRow, column: 6, rows: trend.rows.length + 1, columns: 1 },
      ],
      anchorRow: trendChartRow,
      anchorColumn: 1,
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    });
    workbook.activate(sheet);
    const message = `Built "${sheet.name}": ${years.length} years, ${steps.length} credential${steps.length === 1 ? '' : 's'}, the wage trend${live ? ', as live formulas' : ''}.`;
    workbook.toast(message, 'Coding & Billing Pay');
    return { sheetName: sheet.name, rows: years.length, message };
  });
}
