/**
 * Ways in side by side (PATH_COMPARE and the sidebar's "Compare ways in"): several career plans
 * for one place and horizon, each year's pay, the cumulative earnings net of school and
 * credential costs, and the year each plan overtakes the first one (by default: straight to
 * work with no credential).
 *
 * A plan overtakes the first from the year its cumulative net earnings pass the first's and stay
 * above to the horizon; one that is still behind at the horizon does not overtake within it.
 * Every figure is CAREER_PATH's (careerPath.ts): today's dollars unless a growth rate is given,
 * before tax, no pay in school years unless the person keeps working.
 */
import type { CareerPathInputs, CareerPath, Plan } from './careerPath';
import { careerPath, parsePlanText } from './careerPath';

/**
 * The ways in a student asks about first, every fee cited: straight to work; a coding
 * certificate, then CPC; an associate degree, then CCS (AHIMA: coursework and a year of
 * experience; RHIT's exam fee is not cited, so "associate:0, RHIT:2:<fee>" needs the fee);
 * a bachelor's degree, then RHIA.
 */
export const DEFAULT_WAYS_IN: readonly string[] = ['', 'certificate:0, CPC:1', 'associate:0, CCS:3', 'bachelor:0, RHIA:4'];

export const STRAIGHT_TO_WORK = 'Straight to work';

export interface WayIn {
  /** The plan as typed, or "Straight to work" for an empty plan. */
  readonly label: string;
  readonly plan: Plan;
  readonly path: CareerPath;
  /** Cumulative earnings minus cumulative school and credential costs, year by year (whole dollars). */
  readonly net: readonly number[];
  /** The year it overtakes the first plan; undefined when it does not within the horizon (or is the first). */
  readonly overtakes?: number;
}

export interface WaysIn {
  readonly ways: readonly WayIn[];
  readonly horizon: number;
}

export type WaysInInputs = Omit<CareerPathInputs, 'plan' | 'school' | 'prepCost' | 'monthsToStart'>;

export const wayLabel = (text: string): string =>
  text.trim() === '' || text.trim().toLowerCase() === 'none' ? STRAIGHT_TO_WORK : text.trim();

/** The first year from which `net` stays above `reference` to the end; undefined if it is not above at the end. */
export function overtakingYear(net: readonly number[], reference: readonly number[]): number | undefined {
  let year: number | undefined;
  for (let y = net.length - 1; y >= 0; y--) {
    if (net[y]! > reference[y]!) year = y;
    else break;
  }
  return year;
}

export function compareWaysIn(inputs: WaysInInputs, plans: readonly { readonly label: string; readonly plan: Plan }[]): WaysIn {
  const paths = plans.map(({ label, plan }) => {
    const path = careerPath({ ...inputs, plan: plan.steps, school: plan.school });
    return { label, plan, path, net: path.years.map((y) => y.cumulativeEarnings - Math.round(y.cumulativeCosts)) };
  });
  const reference = paths[0]?.net ?? [];
  return {
    horizon: inputs.horizon,
    ways: paths.map((p, i) => {
      const overtakes = i === 0 ? undefined : overtakingYear(p.net, reference);
      return { ...p, ...(overtakes !== undefined ? { overtakes } : {}) };
    }),
  };
}

/** The default ways in, parsed. */
export const defaultWaysIn = (): { label: string; plan: Plan }[] =>
  DEFAULT_WAYS_IN.map((t) => ({ label: wayLabel(t), plan: parsePlanText(t) }));
