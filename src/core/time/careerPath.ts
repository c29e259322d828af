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
 *
 * School: "certificate:0", "associate:0" or "bachelor:0" is a program starting that year, for
 * its full-time length (education.ts); its tuition and fees are paid in each of its years, or
 * the cost the person gives ("associate:0:6000", the whole program) spread over them. School
 * years carry no coding pay and add no experience: experience starts when the coding job does.
 * A person who keeps coding while studying says so (`workWhileStudying`): pay and experience
 * then go on through school. Once a program is complete its pay factor applies (education.ts),
 * and it opens the credentials that need it: a credential the plan has not made its holder
 * eligible for is refused with the rule, its source and a plan that works (eligibility.ts).
 */
import type { CredentialInfo } from '../referenceTypes';
import type { EstimateInputs } from '../pay/estimate';
import { estimatePay } from '../pay/estimate';
import { APPRENTICE_RULES, parseCredentials, pricedCredentials } from '../pay/credentials';
import { highestProgram, parseProgram, programTerms, PROGRAM_LABELS, type EducationProgram } from '../pay/education';
import { eligibilityRule, isEligible, pathwaysOf } from '../pay/eligibility';
import { credentialCost } from './certificationCosts';
import { InputError } from '../inputError';

export interface PlanStep {
  readonly credential: CredentialInfo;
  /** Plan year it is earned (0 = now), or `held` for one already held. */
  readonly year: number | 'held';
  /** Up-front cost the data does not have (a course, or the exam fee where none is cited). */
  readonly extraCost?: number;
}

/** A program of study in a plan: it starts in `year` and lasts its full-time length. */
export interface SchoolStep {
  readonly program: EducationProgram;
  /** Plan year it starts (0 = now), or `held` for one already completed. */
  readonly year: number | 'held';
  /** What the whole program costs the person, where they give it (replaces the published tuition). */
  readonly cost?: number;
}

/** A parsed plan: credentials and programs of study. */
export interface Plan {
  readonly steps: PlanStep[];
  readonly school: SchoolStep[];
}

export const PLAN_ACCEPTED =
  'credentials or programs with the year each starts: "CPC:0, CRC:3", "associate:0, RHIT:2:299" (0 = now; "held" for one you ' +
  'have; programs: certificate, associate, bachelor; a third field is a cost), or rows: item | year | cost';

export const MAX_PLAN_YEAR = 40;

/** What every projection says about itself, in the product and on the sheets it builds. */
export const NOT_PROMISES = "Projections from today's pay distribution (BLS OEWS) and survey ratios (AAPC), not promises";

function planError(given: string, problem: string): InputError {
  return new InputError('plan', given, PLAN_ACCEPTED, undefined, problem);
}

function planYear(text: string, item: string): number | 'held' {
  const key = text.trim().toLowerCase();
  if (key === '' || key === 'now') return 0;
  if (key === 'held' || key === 'have' || key === 'already' || key === 'done') return 'held';
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

/** One plan item from its fields: credential or program, year, cost. */
function planItem(fields: readonly string[], item: string): PlanStep | SchoolStep {
  const [code = '', year = '', cost = ''] = fields;
  const program = parseProgram(code);
  if (program) {
    const given = planCost(cost, item);
    return { program, year: planYear(year, item), ...(given !== undefined ? { cost: given } : {}) };
  }
  let credentials: CredentialInfo[];
  try {
    credentials = parseCredentials([code]);
  } catch (error) {
    // The message names the plan argument, and keeps the credential's nearest match.
    if (error instanceof InputError) throw new InputError('plan', error.given, PLAN_ACCEPTED, () => error.suggestion, error.problem);
    throw error;
  }
  if (credentials.length !== 1) throw planError(item, `each plan item names one credential or program ("${item.trim()}")`);
  const extraCost = planCost(cost, item);
  return { credential: credentials[0]!, year: planYear(year, item), ...(extraCost !== undefined ? { extraCost } : {}) };
}

function toPlan(items: readonly (PlanStep | SchoolStep)[], given: string): Plan {
  const steps = items.filter((i): i is PlanStep => 'credential' in i);
  const school = items.filter((i): i is SchoolStep => 'program' in i);
  const seen = new Set<string>();
  for (const key of [...steps.map((s) => s.credential.code), ...school.map((s) => PROGRAM_LABELS[s.program])]) {
    if (seen.has(key)) throw planError(given, `${key} appears twice in the plan`);
    seen.add(key);
  }
  return { steps, school };
}

/** "CPC:0, CRC:3", "associate:0, RHIT:2:299", "CPC:held, CRC:1". Blank or "none" is an empty plan. */
export function parsePlanText(text: string): Plan {
  const items = text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && item.toLowerCase() !== 'none');
  return toPlan(
    items.map((item) => planItem(item.split(':'), item)),
    text,
  );
}

/** A range of rows: credential or program | year | cost (the last two optional); blank rows are skipped. */
export function parsePlanRows(rows: readonly (readonly string[])[]): Plan {
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  return toPlan(
    filled.map((row) => planItem(row, row.filter((c) => c.trim() !== '').join(':'))),
    filled.map((row) => row.join(':')).join(', '),
  );
}

/** The plan back as text: "associate:0, RHIT:2:299". */
export function planText(plan: Plan, label: (c: CredentialInfo) => string = (c) => c.code): string {
  return [
    ...plan.school.map((s) => `${s.program}:${s.year}${s.cost !== undefined ? `:${s.cost}` : ''}`),
    ...plan.steps.map((s) => `${label(s.credential)}:${s.year}${s.extraCost !== undefined ? `:${s.extraCost}` : ''}`),
  ].join(', ');
}

export interface CareerPathInputs extends Omit<EstimateInputs, 'credentials' | 'years' | 'education'> {
  readonly yearsNow: number;
  readonly plan: readonly PlanStep[];
  /** Programs of study in the plan (none by default). */
  readonly school?: readonly SchoolStep[];
  /** True when the person keeps coding while studying: pay and experience go on through school. */
  readonly workWhileStudying?: boolean;
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
  /** The program studied this year, if any. */
  readonly studying?: EducationProgram;
  /** The highest program completed by the start of this year. */
  readonly education?: EducationProgram;
  /** Whole dollars: the estimate with the plan, grown by the rate (0 in a school year without work). */
  readonly pay: number;
  /** Whole dollars: the same without the plan (only credentials and programs already held). */
  readonly payWithout: number;
  readonly cumulativeEarnings: number;
  /** Credential costs and tuition this year. */
  readonly costs: number;
  readonly cumulativeCosts: number;
  /** Tuition and fees (or the cost given) in this year: part of `costs`. */
  readonly schoolCosts: number;
}

export interface CareerPath {
  readonly inputs: CareerPathInputs;
  readonly years: readonly PathYear[];
}

/** What a year holds in the person's own words: "associate degree (in school)", "RHIT; associate degree". */
export function yearWords(y: PathYear, label: (c: CredentialInfo) => string): string {
  const credentials = y.priced.map(label).join(', ');
  const education = y.studying ? `${PROGRAM_LABELS[y.studying]} (in school)` : y.education ? PROGRAM_LABELS[y.education] : '';
  return [credentials, education].filter((t) => t !== '').join('; ') || 'none';
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

/** The plan's credential costs in one year: exams taken that year, and the membership a plan credential needs while held. */
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

/** The years of a program that has started, as [first, last]. */
const schoolYears = (s: SchoolStep): [number, number] | undefined =>
  s.year === 'held' ? undefined : [s.year, s.year + programTerms(s.program).years - 1];

/** The program studied in `year`, if any. */
function studyingIn(school: readonly SchoolStep[], year: number): SchoolStep | undefined {
  return school.find((s) => {
    const span = schoolYears(s);
    return span !== undefined && year >= span[0] && year <= span[1];
  });
}

/** Programs complete by the start of `year`. */
function completedBy(school: readonly SchoolStep[], year: number): EducationProgram[] {
  return school.filter((s) => s.year === 'held' || schoolYears(s)![1] < year).map((s) => s.program);
}

/** Tuition in one year: a program's yearly tuition, or the cost given spread over its years. */
function tuitionIn(school: readonly SchoolStep[], year: number): number {
  const s = studyingIn(school, year);
  if (!s) return 0;
  const terms = programTerms(s.program);
  return s.cost !== undefined ? s.cost / terms.years : terms.tuitionPerYear;
}

/** "associate:0, RHIT:2:299": the plan that would make `step` eligible, kept short for the message. */
function workingPlan(step: PlanStep, yearsNow: number): string {
  const code = step.credential.code;
  const fee = step.extraCost !== undefined ? `:${step.extraCost}` : '';
  const year = step.year === 'held' ? 0 : step.year;
  const degree = pathwaysOf(code).find((p) => p.program && p.yearsExperience === undefined && p.credentialsHeld.length === 0);
  if (degree?.program) {
    const length = programTerms(degree.program).years;
    const start = Math.max(0, year - length);
    return `${degree.program}:${start}, ${code}:${start + length}${fee}`;
  }
  const experience = pathwaysOf(code)
    .filter((p) => !p.program && p.credentialsHeld.length === 0 && p.yearsExperience !== undefined)
    .map((p) => p.yearsExperience!);
  if (experience.length > 0) return `${code}:${Math.max(year, Math.ceil(Math.min(...experience) - yearsNow))}${fee}`;
  return `${code}:${year}${fee}`;
}

/**
 * A CPC or COC earned after a completed program counts AAPC's course credit: a coding program is
 * more than the 80 hours of coding preparation that, with one year of experience, removes the
 * apprenticeship ("CPC (A removed)", credentials.ts).
 */
function withCourseCredit(plan: readonly PlanStep[], school: readonly SchoolStep[]): PlanStep[] {
  return plan.map((step) => {
    const rule = APPRENTICE_RULES.find((r) => r.credential === step.credential.code);
    if (!rule || step.credential.apprenticeRemovedEarly || step.year === 'held') return step;
    if (completedBy(school, step.year).length === 0) return step;
    return { ...step, credential: parseCredentials([`${rule.credential} (A removed)`])[0]! };
  });
}

function checkEligibility(inputs: CareerPathInputs, experienceAt: (year: number) => number): void {
  const school = inputs.school ?? [];
  for (const step of inputs.plan) {
    if (step.year === 'held') continue;
    const year = step.year;
    const attainment = {
      programs: completedBy(school, year),
      years: experienceAt(year),
      held: inputs.plan.filter((s) => s !== step && (s.year === 'held' || s.year <= year)).map((s) => s.credential.code),
    };
    if (isEligible(step.credential.code, attainment)) continue;
    // The rule, not the syntax, is the problem: the message names a plan that works instead of every form a plan takes.
    throw new InputError(
      'plan',
      `${step.credential.code}:${year}`,
      `a plan that meets the rule, e.g. "${workingPlan(step, inputs.yearsNow)}"`,
      undefined,
      eligibilityRule(step.credential.code),
    );
  }
}

export function careerPath(inputs: CareerPathInputs): CareerPath {
  const school = inputs.school ?? [];
  const late = [
    ...inputs.plan.map((s) => ({ name: s.credential.code, year: s.year })),
    ...school.map((s) => ({ name: s.program, year: s.year })),
  ].find((s) => s.year !== 'held' && s.year > inputs.horizon);
  if (late) {
    throw new InputError(
      'plan',
      `${late.name}:${late.year}`,
      PLAN_ACCEPTED,
      undefined,
      `${late.name} is planned for year ${late.year}, after the horizon of ${inputs.horizon} years`,
    );
  }
  const overlap = school.find((s, i) =>
    school.some(
      (t, j) =>
        j < i && schoolYears(s) && schoolYears(t) && schoolYears(s)![0] <= schoolYears(t)![1] && schoolYears(t)![0] <= schoolYears(s)![1],
    ),
  );
  if (overlap)
    throw planError(
      `${overlap.program}:${overlap.year}`,
      `${PROGRAM_LABELS[overlap.program]} overlaps another program in the plan: one at a time`,
    );
  // Experience at the start of each year: school years without work add none.
  const working = (year: number): boolean => inputs.workWhileStudying === true || studyingIn(school, year) === undefined;
  const experienceAt = (year: number): number => {
    let years = inputs.yearsNow;
    for (let y = 0; y < year; y++) if (working(y)) years++;
    return years;
  };
  checkEligibility(inputs, experienceAt);
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
  const plan = withCourseCredit(inputs.plan, school);
  const base = { area: inputs.area, role: inputs.role, setting: inputs.setting };
  const alreadyHeld = plan.filter((s) => s.year === 'held').map((s) => s.credential);
  const educationHeld = highestProgram(school.filter((s) => s.year === 'held').map((s) => s.program));
  const years: PathYear[] = [];
  let earnings = 0;
  let spent = 0;
  const wait = inputs.monthsToStart ?? 0;
  for (let year = 0; year <= inputs.horizon; year++) {
    const experience = experienceAt(year);
    const held = heldAt(plan, year);
    const studying = studyingIn(school, year);
    const education = highestProgram(completedBy(school, year));
    const grow = Math.pow(1 + inputs.growth, year);
    const payOf = (credentials: readonly CredentialInfo[], program: EducationProgram | undefined) =>
      estimatePay({ ...base, years: experience, credentials, ...(program ? { education: program } : {}) }).pay;
    // Month by month: a credential's pay starts `wait` months after the start of the year it is earned.
    const months = new Map<string, { credentials: CredentialInfo[]; count: number }>();
    for (let month = 0; month < 12; month++) {
      const inEffect = plan.filter((s) => s.year === 'held' || s.year * 12 + wait <= year * 12 + month).map((s) => s.credential);
      const key = inEffect.map((c) => c.code).join(',');
      const entry = months.get(key) ?? { credentials: inEffect, count: 0 };
      months.set(key, { ...entry, count: entry.count + 1 });
    }
    const yearPay = working(year) ? [...months.values()].reduce((sum, m) => sum + (payOf(m.credentials, education) * m.count) / 12, 0) : 0;
    const pay = Math.round(yearPay * grow);
    const payWithout = Math.round(payOf(alreadyHeld, educationHeld) * grow);
    const schoolCosts = tuitionIn(school, year);
    const costs = costsIn(plan, year, inputs.prepCost ?? 0) + schoolCosts;
    earnings += pay;
    spent += costs;
    const { priced } = pricedCredentials(held, experience);
    years.push({
      year,
      experience,
      held,
      priced,
      ...(studying ? { studying: studying.program } : {}),
      ...(education ? { education } : {}),
      pay,
      payWithout,
      cumulativeEarnings: earnings,
      costs,
      cumulativeCosts: spent,
      schoolCosts,
    });
  }
  return { inputs, years };
}
