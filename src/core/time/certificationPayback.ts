/**
 * CERT_PAYBACK: months until a credential pays back what it costs.
 *
 * The gain is what the estimate itself gives for the credential on top of those already held:
 * CODER_SALARY with them minus CODER_SALARY without, at the same area, role and setting, and at
 * the experience the person will have when the new pay starts, so payback follows the
 * credential model (credentials.ts) and the distribution ceiling (estimate.ts) as they are. It
 * is a projection in today's dollars: that gain held constant, no wage growth, no tax.
 *
 * The new pay starts after s months: the months the person says it takes to be hired or
 * promoted into the certified role, or, for CCS, the months until AHIMA's experience pathway (two
 * years) is met unless RHIT, RHIA or CCS-P is held (eligibility.ts), whichever is longer. RHIT and
 * RHIA need a degree this function cannot see: their holder is read as having it. A CPC or COC
 * earned with under two years of experience is CPC-A or COC-A until the apprenticeship ends (AAPC:
 * two years of experience, or one with Practicode or an 80-hour course), month a: from s to a the
 * gain is the apprentice's (part of the premium, credentials.ts), measured at the experience of
 * month s; from w = max(s, a) the full credential's, measured at the experience of month w.
 *
 * Costs (certificationCosts.ts): up front the exam fee, the first year's membership where the
 * credential needs one the person does not already pay, the preparation cost the person gives
 * (a course or programme) and `extra` (the exam fee where the data has no cited price, a retake);
 * every later year the membership again. So with apprentice gain G_A, full gain G, membership M a
 * year and up-front U, the credential has paid back after the first m months for which
 *
 *     G_A × (min(m, w) − s)⁺ / 12 + G × (m − w)⁺ / 12 ≥ U + M × (m − 12)⁺ / 12,   m ≥ s
 *
 * both sides piecewise linear, solved segment by segment; never when the yearly gain once the
 * full credential is priced does not exceed the yearly membership and the costs are not covered
 * before.
 */
import type { CertificationCost, CredentialInfo } from '../referenceTypes';
import type { EstimateInputs, Estimate } from '../pay/estimate';
import { estimatePay } from '../pay/estimate';
import { credentialCost, type CredentialCost } from './certificationCosts';
import { fullCredentialYears } from '../pay/credentials';
import { yearsUntilEligible } from '../pay/eligibility';
import { InputError } from '../inputError';
import { dollars } from '../figureText';

export interface PaybackInputs extends Omit<EstimateInputs, 'credentials'> {
  /** Credentials already held. */
  readonly have: readonly CredentialInfo[];
  /** The credential (or set) being considered. */
  readonly adding: readonly CredentialInfo[];
  /** Up-front cost the data does not have, in dollars; required where a credential has no cited exam price. */
  readonly extraCost?: number;
  /** Preparation (a course or programme) in dollars, where the person gives it. */
  readonly prepCost?: number;
  /** Months from earning the credential until the new pay starts (a hire or promotion). */
  readonly monthsToStart?: number;
}

export interface Payback {
  readonly inputs: PaybackInputs;
  /** Credentials added (those in `adding` not already held). */
  readonly added: readonly CredentialInfo[];
  readonly costs: readonly CredentialCost[];
  readonly without: Estimate;
  readonly with: Estimate;
  /** Whole dollars a year: CODER_SALARY with minus without. */
  readonly annualGain: number;
  readonly examFees: number;
  /** The membership newly needed (AAPC), paid up front for the first year and yearly after. */
  readonly membership?: CertificationCost;
  readonly extraCost: number;
  readonly prepCost: number;
  /** Months until the apprenticeship ends (0 unless a CPC or COC is earned with under two years). */
  readonly apprenticeMonths: number;
  /** Months until the person is eligible to sit the exam by experience (AHIMA's CCS pathways), 0 if eligible now. */
  readonly eligibilityMonths: number;
  /** Credentials read as held with the degree AHIMA requires (RHIT, RHIA): CERT_PAYBACK has no education input. */
  readonly degreeAssumed: readonly string[];
  /** Months until the new pay starts: the longer of eligibility and the person's months to a hire or promotion. */
  readonly startMonths: number;
  /** Months until the full credential's pay starts: the longer of the apprenticeship and startMonths. */
  readonly waitMonths: number;
  /** Years of experience when the full credential's pay starts: the experience `annualGain` is measured at. */
  readonly gainYears: number;
  /** Between startMonths and waitMonths, while the credential is priced as its apprentice designation. */
  readonly apprenticePhase?: {
    readonly without: Estimate;
    readonly with: Estimate;
    /** Whole dollars a year. */
    readonly annualGain: number;
  };
  readonly upFront: number;
  readonly recurringPerYear: number;
  /** Months to one decimal, rounded up (never earlier than the formula says); undefined when it never pays back. */
  readonly months?: number;
}

export const EXTRA_COST_ACCEPTED =
  'an up-front amount in dollars, 0 or more: the exam fee where the data has no cited price, a retake, or another cost';
export const PREP_COST_ACCEPTED = 'the cost of preparation (a course or programme) in dollars, 0 or more; blank for none counted';
export const MONTHS_TO_START_ACCEPTED =
  'months from earning the credential until the new pay starts (a hire or promotion), 0 to 120; blank for 0';

export function certificationPayback(inputs: PaybackInputs): Payback {
  const added = inputs.adding.filter((c) => !inputs.have.includes(c));
  if (added.length === 0) {
    const given = inputs.adding.map((c) => c.code).join(', ');
    throw new InputError(
      'cert',
      given,
      'a credential not already listed in have',
      undefined,
      inputs.adding.length === 0 ? 'missing cert' : 'cert is already held (it is in have)',
    );
  }
  const costs = added.map(credentialCost);
  const missing = costs.filter((c) => c.exam === undefined);
  if (missing.length > 0 && inputs.extraCost === undefined) {
    throw new InputError(
      'extra_cost',
      '',
      EXTRA_COST_ACCEPTED,
      undefined,
      `missing extra_cost: ${missing.map((c) => c.examMissing).join('; ')}, so give what it costs you as extra_cost`,
    );
  }
  // The apprenticeship of a CPC or COC earned now, and the person's own wait.
  const apprenticeMonths = Math.max(0, ...added.map((c) => (fullCredentialYears(c) - inputs.years) * 12));
  // AHIMA's pathways: CCS waits for the experience unless RHIT, RHIA or CCS-P is held; RHIT and
  // RHIA need a degree this function cannot see, so the holder is read as having it (EXPLAIN says so).
  const heldCodes = [...inputs.have, ...added].map((c) => c.code);
  const untilEligible = added.map((c) => ({
    code: c.code,
    years: yearsUntilEligible(
      c.code,
      heldCodes.filter((h) => h !== c.code),
    ),
  }));
  const eligibilityMonths = Math.max(0, ...untilEligible.map((u) => ((u.years ?? 0) - inputs.years) * 12));
  const degreeAssumed = untilEligible.filter((u) => u.years === undefined).map((u) => u.code);
  const startMonths = Math.max(eligibilityMonths, inputs.monthsToStart ?? 0);
  const waitMonths = Math.max(apprenticeMonths, startMonths);
  const gainYears = inputs.years + waitMonths / 12;
  const gainAt = (years: number) => {
    const base = { area: inputs.area, years, role: inputs.role, setting: inputs.setting };
    const without = estimatePay({ ...base, credentials: inputs.have });
    const withIt = estimatePay({ ...base, credentials: [...inputs.have, ...added] });
    return { without, with: withIt, annualGain: withIt.pay - without.pay };
  };
  const full = gainAt(gainYears);
  const { without, with: withIt, annualGain } = full;
  const apprenticePhase = apprenticeMonths > startMonths ? gainAt(inputs.years + startMonths / 12) : undefined;
  const examFees = costs.reduce((sum, c) => sum + (c.exam?.value ?? 0), 0);
  // One membership (AAPC's) covers every credential of its issuer: already paid if one is held.
  const paysMembership = inputs.have.some((c) => credentialCost(c).membership !== undefined);
  const membership = paysMembership ? undefined : costs.find((c) => c.membership)?.membership;
  const extraCost = inputs.extraCost ?? 0;
  const prepCost = inputs.prepCost ?? 0;
  const recurringPerYear = membership?.value ?? 0;
  const upFront = examFees + recurringPerYear + extraCost + prepCost;
  return {
    inputs,
    added,
    costs,
    without,
    with: withIt,
    annualGain,
    examFees,
    ...(membership ? { membership } : {}),
    extraCost,
    prepCost,
    apprenticeMonths,
    eligibilityMonths,
    degreeAssumed,
    startMonths,
    waitMonths,
    gainYears,
    ...(apprenticePhase ? { apprenticePhase } : {}),
    upFront,
    recurringPerYear,
    ...phasedPaybackMonths(
      [...(apprenticePhase ? [{ from: startMonths, annualGain: apprenticePhase.annualGain }] : []), { from: waitMonths, annualGain }],
      upFront,
      recurringPerYear,
    ),
  };
}

/** Rounded up to a tenth of a month, so a payback is never reported earlier than it comes. */
const tenthUp = (months: number): number => Math.ceil(Math.round(months * 1e6) / 1e5) / 10;

/** A yearly gain that holds from month `from` until the next phase's `from`. */
export interface GainPhase {
  readonly from: number;
  readonly annualGain: number;
}

/**
 * The months formula of the module comment: the gain of each phase from its month on (phases in
 * order), the up-front cost at once and the membership again after month 12. Both sides are
 * linear between the phases' months and month 12, so each segment is solved in turn.
 */
export function phasedPaybackMonths(phases: readonly GainPhase[], upFront: number, recurringPerYear: number): { months?: number } {
  const start = phases[0]!.from;
  const rateAt = (month: number): number => {
    const started = phases.filter((p) => p.from <= month);
    return started[started.length - 1]?.annualGain ?? 0;
  };
  if (upFront <= 0) return { months: tenthUp(phases.find((p) => p.annualGain > 0)?.from ?? start) };
  const points = [...new Set([...phases.map((p) => p.from), 12])].filter((m) => m >= start).sort((a, b) => a - b);
  // Gain minus cost so far, from the start month on.
  let balance = -upFront - (recurringPerYear * Math.max(0, start - 12)) / 12;
  for (let i = 0; i < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1] ?? Number.POSITIVE_INFINITY;
    const slope = (rateAt(from) - (from >= 12 ? recurringPerYear : 0)) / 12;
    if (slope > 0) {
      const reached = from - balance / slope;
      if (reached <= to) return { months: tenthUp(reached) };
    }
    if (!Number.isFinite(to)) return {};
    balance += slope * (to - from);
  }
  return {};
}

/** One gain from month `wait`: phasedPaybackMonths with a single phase. */
export function paybackMonths(annualGain: number, upFront: number, recurringPerYear: number, wait = 0): { months?: number } {
  return phasedPaybackMonths([{ from: wait, annualGain }], upFront, recurringPerYear);
}

/** The cell's answer: whole months, or a text saying why it never pays back. */
export function paybackAnswer(payback: Payback): number | string {
  if (payback.months !== undefined) return payback.months;
  return `never pays back: gain ${dollars(payback.annualGain)} a year, recurring cost ${dollars(payback.recurringPerYear)} a year`;
}
