/**
 * CAREER_PATH: a year-by-year projection of pay and credential costs under a plan such as
 * "CPC:0, CRC:3" (CPC now, CRC in year 3).
 *
 * Each year's pay is CODER_SALARY at that year's experience with the credentials held by then,
 * in today's dollars: the distribution stays today's, and no wage growth is assumed unless the
 * person gives a yearly rate (pay × (1 + rate)^year). Pay cannot fall from one year to the next
 * without a negative rate, because the estimate never falls with more years or more credentials.
 * Costs are the plan's own (certificationCosts.ts): each exam in the year it is taken, and the
 * membership a credential needs in every year it is held, unless a credential already held
 * ("CPC:held") pays for it anyway. A credential with no cited exam price needs its cost in the
 * plan ("COC:2:400"). Projections from today's data and survey ratios, not promises.
 *
 * Apprentices: a CPC or COC earned with under two years of experience is priced as CPC-A or
 * COC-A until the experience is there, then as the full credential at no further cost (AAPC
 * charges no second exam to remove the "-A"); a plan that names both ("CPC-A:0, CPC:2") pays the
 * exam once. A preparation cost (a course) is paid in the year of the first planned credential,
 * and a new credential's pay can start some months after it is earned (a hire or promotion):
 * each year's pay is then the average of its months, each month priced with the credentials
 * in effect.
 */
import type { CredentialInfo } from '../referenceTypes';
import type { EstimateInputs } from '../pay/estimate';
import { estimatePay } from '../pay/estimate';
import { APPRENTICE_RULES, parseCredentials, pricedCredentials } from '../pay/credentials';
import { credentialCost } from './certificationCosts';
import { InputError } from '../inputError';

export interface PlanStep {
  readonly credential: CredentialInfo;
  /** Plan year it is earned (0 = now), or `held` for one already held. */
  readonly year: number | 'held';
  /** Up-front cost the data does not have (a course, or the exam fee where none is cited). */
  readonly extraCost?: number;
}

export const PLAN_ACCEPTED =
  'credentials with the plan year each is earned, e.g. "CPC:0, CRC:3" (0 = now; "CPC" alone means now, "CPC:held" one you already hold; ' +
  'a third field is a cost the data has no price for, "COC:2:400"), or a range of rows: credential | year | cost';

export const MAX_PLAN_YEAR = 40;

/** What every projection says about itself, in the product and on the sheets it builds. */
export const NOT_PROMISES = "Projections from today's pay distribution (BLS OEWS) and survey ratios (AAPC), not promises";

function planError(given: string, problem: string): InputError {
  return new InputError('plan', given, PLAN_ACCEPTED, undefined, problem);
}

function planYear(text: string, item: string): number | 'held' {
  const key = text.trim().toLowerCase();
  if (key === '' || key === 'now') return 0;
  if (key === 'held' || key === 'have' || key === 'already') return 'held';
  const year = Number(key.replace(/^year\s*/, ''));
  if (!Number.isInteger(year) || year < 0 || year > MAX_PLAN_YEAR)
    throw planError(item, `the year of "${item.trim()}" must be a whole number from 0 to ${MAX_PLAN_YEAR}, or "held"`);
  return year;
}

function planCost(text: string, item: string): number | undefined {
  const key = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (key === '') return undefined;
  const cost = Number(key);
  if (!Number.isFinite(cost) || cost < 0 || cost > 1_000_000)
    throw planError(item, `the cost of "${item.trim()}" must be an amount in dollars from 0 to 1,000,000`);
  return cost;
}

/** One plan item from its fields: credential, year, cost. */
function planStep(fields: readonly string[], item: string): PlanStep {
  const [code = '', year = '', cost = ''] = fields;
  let credentials: CredentialInfo[];
  try {
    credentials = parseCredentials([code]);
  } catch (error) {
    // The message names the plan argument, and keeps the credential's nearest match.
    if (error instanceof InputError) throw new InputError('plan', error.given, PLAN_ACCEPTED, () => error.suggestion, error.problem);
    throw error;
  }
  if (credentials.length !== 1) throw planError(item, `each plan item names one credential ("${item.trim()}")`);
  const extraCost = planCost(cost, item);
  return { credential: credentials[0]!, year: planYear(year, item), ...(extraCost !== undefined ? { extraCost } : {}) };
}

function checkSteps(steps: PlanStep[], given: string): PlanStep[] {
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.credential.code)) throw planError(given, `${step.credential.code} appears twice in the plan`);
    seen.add(step.credential.code);
  }
  return steps;
}

/** "CPC:0, CRC:3", "CPC; COC:2:400", "CPC:held, CRC:1". Blank or "none" is an empty plan. */
export function parsePlanText(text: string): PlanStep[] {
  const items = text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && item.toLowerCase() !== 'none');
  return checkSteps(
    items.map((item) => planStep(item.split(':'), item)),
    text,
  );
}

/** A range of rows: credential | year | cost (the last two optional); blank rows are skipped. */
export function parsePlanRows(rows: readonly (readonly string[])[]): PlanStep[] {
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  return checkSteps(
    filled.map((row) => planStep(row, row.filter((c) => c.trim() !== '').join(':'))),
    filled.map((row) => row.join(':')).join(', '),
  );
}

export interface CareerPathInputs extends Omit<EstimateInputs, 'credentials' | 'years'> {
  readonly yearsNow: number;
  readonly plan: readonly PlanStep[];
  readonly horizon: number;
  /** Yearly pay growth as a decimal (0 = today's dollars). */
  readonly growth: number;
  /** Preparation (a course or programme) in dollars, paid in the year of the first planned credential. */
  readonly prepCost?: number;
  /** Months from earning a credential until its pay starts (a hire or promotion). */
  readonly monthsToStart?: number;
}

export interface PathYear {
  readonly year: number;
  readonly experience: number;
  readonly held: readonly CredentialInfo[];
  /** The credentials as priced at year end: CPC-A for a CPC held with under two years of experience. */
  readonly priced: readonly CredentialInfo[];
  /** Whole dollars: the estimate with the plan, grown by the rate. */
  readonly pay: number;
  /** Whole dollars: the same without the plan (only credentials already held). */
  readonly payWithout: number;
  readonly cumulativeEarnings: number;
  readonly costs: number;
  readonly cumulativeCosts: number;
}

export interface CareerPath {
  readonly inputs: CareerPathInputs;
  readonly years: readonly PathYear[];
}

function heldAt(plan: readonly PlanStep[], year: number): CredentialInfo[] {
  return plan.filter((s) => s.year === 'held' || s.year <= year).map((s) => s.credential);
}

/** A full credential whose apprentice designation is also in the plan: its exam was that one's, so it costs nothing more. */
function examAlreadyPaid(plan: readonly PlanStep[], step: PlanStep): boolean {
  const rule = APPRENTICE_RULES.find((r) => r.credential === step.credential.code);
  return rule !== undefined && plan.some((s) => s.credential.code === rule.apprentice);
}

/** The year the preparation cost is paid: that of the first planned credential, or now. */
function prepYear(plan: readonly PlanStep[]): number {
  const years = plan.flatMap((s) => (s.year === 'held' ? [] : [s.year]));
  return years.length > 0 ? Math.min(...years) : 0;
}

/** The plan's costs in one year: exams taken that year, and the membership a plan credential needs while held. */
function costsIn(plan: readonly PlanStep[], year: number, prepCost: number): number {
  let total = year === prepYear(plan) ? prepCost : 0;
  for (const step of plan) {
    if (step.year !== year) continue;
    const exam = examAlreadyPaid(plan, step) ? 0 : (credentialCost(step.credential).exam?.value ?? 0);
    total += exam + (step.extraCost ?? 0);
  }
  const needsMembership = (steps: readonly PlanStep[]) => steps.find((s) => credentialCost(s.credential).membership !== undefined);
  const heldBefore = plan.filter((s) => s.year === 'held');
  const planned = plan.filter((s) => s.year !== 'held' && s.year <= year);
  const membership = needsMembership(planned);
  if (membership && !needsMembership(heldBefore)) total += credentialCost(membership.credential).membership!.value;
  return total;
}

export function careerPath(inputs: CareerPathInputs): CareerPath {
  const late = inputs.plan.find((s) => s.year !== 'held' && s.year > inputs.horizon);
  if (late) {
    throw new InputError(
      'plan',
      `${late.credential.code}:${late.year}`,
      PLAN_ACCEPTED,
      undefined,
      `${late.credential.code} is planned for year ${late.year}, after the horizon of ${inputs.horizon} years`,
    );
  }
  const missing = inputs.plan.find(
    (s) => s.year !== 'held' && s.extraCost === undefined && !credentialCost(s.credential).exam && !examAlreadyPaid(inputs.plan, s),
  );
  if (missing) {
    throw new InputError(
      'plan',
      `${missing.credential.code}:${missing.year}`,
      PLAN_ACCEPTED,
      undefined,
      `the data has no cited current ${missing.credential.code} exam price: give what it costs you as a third field, e.g. "${missing.credential.code}:${missing.year}:400"`,
    );
  }
  const base = { area: inputs.area, role: inputs.role, setting: inputs.setting };
  const alreadyHeld = inputs.plan.filter((s) => s.year === 'held').map((s) => s.credential);
  const years: PathYear[] = [];
  let earnings = 0;
  let spent = 0;
  const wait = inputs.monthsToStart ?? 0;
  for (let year = 0; year <= inputs.horizon; year++) {
    const experience = inputs.yearsNow + year;
    const held = heldAt(inputs.plan, year);
    const grow = Math.pow(1 + inputs.growth, year);
    const payOf = (credentials: readonly CredentialInfo[]) => estimatePay({ ...base, years: experience, credentials }).pay;
    // Month by month: a credential's pay starts `wait` months after the start of the year it is earned.
    const months = new Map<string, { credentials: CredentialInfo[]; count: number }>();
    for (let month = 0; month < 12; month++) {
      const inEffect = inputs.plan.filter((s) => s.year === 'held' || s.year * 12 + wait <= year * 12 + month).map((s) => s.credential);
      const key = inEffect.map((c) => c.code).join(',');
      const entry = months.get(key) ?? { credentials: inEffect, count: 0 };
      months.set(key, { ...entry, count: entry.count + 1 });
    }
    const yearPay = [...months.values()].reduce((sum, m) => sum + (payOf(m.credentials) * m.count) / 12, 0);
    const pay = Math.round(yearPay * grow);
    const payWithout = Math.round(payOf(alreadyHeld) * grow);
    const costs = costsIn(inputs.plan, year, inputs.prepCost ?? 0);
    earnings += pay;
    spent += costs;
    const { priced } = pricedCredentials(held, experience);
    years.push({ year, experience, held, priced, pay, payWithout, cumulativeEarnings: earnings, costs, cumulativeCosts: spent });
  }
  return { inputs, years };
}
