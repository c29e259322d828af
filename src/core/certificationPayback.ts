/**
 * CERT_PAYBACK: months until a credential pays back what it costs.
 *
 * The gain is what the estimate itself gives for the credential on top of those already held:
 * CODER_SALARY with them minus CODER_SALARY without, at the same area, experience, role and
 * setting, so payback follows the credential model (credentials.ts) and the distribution ceiling
 * (estimate.ts) as they are. It is a projection in today's dollars: the gain at today's
 * experience held constant, no wage growth, no tax.
 *
 * Costs (certificationCosts.ts): up front the exam fee, the first year's membership where the
 * credential needs one the person does not already pay, and `extra` (a course, or the exam fee
 * where the data has no cited price); every later year the membership again. So the credential
 * has paid back after m months when
 *
 *     m ≤ 12:  gain/12 × m ≥ up-front
 *     m > 12:  gain/12 × m − membership/12 × (m − 12) ≥ up-front
 *
 * and never when the yearly gain does not exceed the yearly membership and the first year does
 * not already cover the up-front cost.
 */
import type { CertificationCost, CredentialInfo } from './referenceTypes';
import type { EstimateInputs, Estimate } from './estimate';
import { estimatePay } from './estimate';
import { credentialCost, type CredentialCost } from './certificationCosts';
import { InputError } from './inputError';
import { dollars } from './figureText';

export interface PaybackInputs extends Omit<EstimateInputs, 'credentials'> {
  /** Credentials already held. */
  readonly have: readonly CredentialInfo[];
  /** The credential (or set) being considered. */
  readonly adding: readonly CredentialInfo[];
  /** Up-front cost the data does not have, in dollars; required where a credential has no cited exam price. */
  readonly extraCost?: number;
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
  readonly upFront: number;
  readonly recurringPerYear: number;
  /** Months to one decimal, rounded up (never earlier than the formula says); undefined when it never pays back. */
  readonly months?: number;
}

export const EXTRA_COST_ACCEPTED = 'an up-front amount in dollars, 0 or more: a course, or the exam fee where the data has no cited price';

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
  const base = { area: inputs.area, years: inputs.years, role: inputs.role, setting: inputs.setting };
  const without = estimatePay({ ...base, credentials: inputs.have });
  const withIt = estimatePay({ ...base, credentials: [...inputs.have, ...added] });
  const annualGain = withIt.pay - without.pay;
  const examFees = costs.reduce((sum, c) => sum + (c.exam?.value ?? 0), 0);
  // One membership (AAPC's) covers every credential of its issuer: already paid if one is held.
  const paysMembership = inputs.have.some((c) => credentialCost(c).membership !== undefined);
  const membership = paysMembership ? undefined : costs.find((c) => c.membership)?.membership;
  const extraCost = inputs.extraCost ?? 0;
  const recurringPerYear = membership?.value ?? 0;
  const upFront = examFees + recurringPerYear + extraCost;
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
    upFront,
    recurringPerYear,
    ...paybackMonths(annualGain, upFront, recurringPerYear),
  };
}

/** Rounded up to a tenth of a month, so a payback is never reported earlier than it comes. */
const tenthUp = (months: number): number => Math.ceil(Math.round(months * 1e6) / 1e5) / 10;

/** The months formula of the module comment. */
export function paybackMonths(annualGain: number, upFront: number, recurringPerYear: number): { months?: number } {
  if (upFront <= 0) return { months: 0 };
  if (annualGain <= 0) return {};
  if (annualGain >= upFront) return { months: tenthUp((12 * upFront) / annualGain) };
  if (annualGain <= recurringPerYear) return {};
  // After the first year the rest of the up-front cost (exam and extra) is paid off at gain − membership.
  return { months: tenthUp((12 * (upFront - recurringPerYear)) / (annualGain - recurringPerYear)) };
}

/** The cell's answer: whole months, or a text saying why it never pays back. */
export function paybackAnswer(payback: Payback): number | string {
  if (payback.months !== undefined) return payback.months;
  return `never pays back: gain ${dollars(payback.annualGain)} a year, recurring cost ${dollars(payback.recurringPerYear)} a year`;
}
