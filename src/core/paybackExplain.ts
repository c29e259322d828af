/** CERT_PAYBACK_EXPLAIN: every step of a payback as (step, value) rows, with the sources of each cost. */
import type { Payback } from './certificationPayback';
import { paybackAnswer } from './certificationPayback';
import { describeCost } from './certificationCosts';
import type { ExplainRow } from './explain';
import { NOT_PROMISES } from './careerPath';
import { dollars, fourDecimals } from './figureText';

const codes = (list: readonly { code: string }[]): string => list.map((c) => c.code).join(', ') || 'none';

export const PAYBACK_CAVEAT = `${NOT_PROMISES}: the gain at this experience is held constant, in today's dollars (no wage growth), before tax.`;

export function explainPayback(payback: Payback): ExplainRow[] {
  const { inputs } = payback;
  const rows: ExplainRow[] = [
    [
      'Inputs',
      `${inputs.area.name} (${inputs.area.code}); ${inputs.years} years; adding ${codes(payback.added)} to ${codes(inputs.have)}; ` +
        `role: ${inputs.role.role}; setting: ${inputs.setting}`,
    ],
    ['Pay without', payback.without.pay],
    ['Pay with', payback.with.pay],
    ['Annual gain', payback.annualGain],
    [
      'Gain basis',
      `CODER_SALARY with ${codes([...inputs.have, ...payback.added])} minus with ${codes(inputs.have)}: ` +
        `credential factor ${fourDecimals(payback.with.credential.factor)} (${payback.with.credential.basis}) against ` +
        `${fourDecimals(payback.without.credential.factor)} (${payback.without.credential.basis})`,
    ],
  ];
  for (const cost of payback.costs) {
    rows.push([
      `${cost.credential.code} exam`,
      cost.exam ? describeCost(cost.exam) : `${cost.examMissing}: counted in the extra cost you gave`,
    ]);
  }
  rows.push(
    ['Exam fees', payback.examFees],
    [
      'First year of membership',
      payback.membership
        ? describeCost(payback.membership)
        : payback.costs.some((c) => c.membership)
          ? 'already paid: a credential in have needs the same membership'
          : 'none needed',
    ],
    ['Extra cost (yours)', payback.extraCost],
    ['Up-front cost', payback.upFront],
    ['Recurring cost a year', payback.recurringPerYear],
  );
  const ceus = payback.costs
    .map((c) =>
      c.continuingEducation ? `${c.credential.code}: ${describeCost(c.continuingEducation)}` : `${c.credential.code}: not in the data`,
    )
    .join('; ');
  rows.push(['Continuing education', `${ceus}. The data has no cited price for CEUs, so none is counted.`]);
  const answer = paybackAnswer(payback);
  rows.push(
    [
      'Method',
      `the first year's gain (${dollars(payback.annualGain)}) against the up-front cost (${dollars(payback.upFront)}); after it, ` +
        `the rest at the gain minus the recurring cost (${dollars(payback.annualGain - payback.recurringPerYear)} a year)`,
    ],
    ['Caveat', PAYBACK_CAVEAT],
    ['Months to pay back', answer],
  );
  return rows;
}

/** One line for a cell when EXPLAIN is given a range. */
export function paybackSummary(payback: Payback): string {
  const answer = paybackAnswer(payback);
  return [
    `${payback.inputs.area.code} ${codes(payback.added)} on ${codes(payback.inputs.have)}`,
    `gain ${dollars(payback.annualGain)}/yr`,
    `up front ${dollars(payback.upFront)}`,
    `recurring ${dollars(payback.recurringPerYear)}/yr`,
    typeof answer === 'number' ? `= ${answer} ${answer === 1 ? 'month' : 'months'}` : `= ${answer}`,
  ].join('; ');
}
