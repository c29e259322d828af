/** CERT_PAYBACK_EXPLAIN: every step of a payback as (step, value) rows, with the sources of each cost. */
import type { CredentialInfo } from '../referenceTypes';
import type { Payback } from '../time/certificationPayback';
import { paybackAnswer } from '../time/certificationPayback';
import { describeCost, preparationCosts, retakeNote } from '../time/certificationCosts';
import { apprenticeRuleText, credentialLabel } from '../pay/credentials';
import { eligibilityRule } from '../pay/eligibility';
import type { ExplainRow } from './explain';
import { NOT_PROMISES } from '../time/careerPath';
import { dollars, fourDecimals } from '../figureText';

const codes = (list: readonly CredentialInfo[]): string => list.map(credentialLabel).join(', ') || 'none';

export const PAYBACK_CAVEAT = `${NOT_PROMISES}: each gain at the experience when it starts (the apprentice's, then the full credential's) is held constant, in today's dollars (no wage growth), before tax.`;

export function explainPayback(payback: Payback): ExplainRow[] {
  const { inputs } = payback;
  const rows: ExplainRow[] = [
    [
      'Inputs',
      `${inputs.area.name} (${inputs.area.code}); ${inputs.years} years; adding ${codes(payback.added)} to ${codes(inputs.have)}; ` +
        `role: ${inputs.role.role}; setting: ${inputs.setting}`,
    ],
    [
      'Wait until the new pay starts',
      `${payback.startMonths.toFixed(1)} months: ` +
        `your months to a hire or promotion: ${(inputs.monthsToStart ?? 0).toFixed(1)}${inputs.monthsToStart === undefined ? ' (not given)' : ''}` +
        (payback.eligibilityMonths > 0
          ? `; AHIMA eligibility: ${payback.eligibilityMonths.toFixed(1)} months of experience to go (${payback.added.map((c) => eligibilityRule(c.code)).join('; ')})`
          : '') +
        (payback.degreeAssumed.length > 0
          ? `; read as holding the degree it needs: ${payback.degreeAssumed.map((c) => eligibilityRule(c)).join('; ')}`
          : '') +
        `. No gain is counted before then.`,
    ],
    [
      'Apprenticeship',
      payback.apprenticeMonths > 0
        ? `${payback.apprenticeMonths.toFixed(1)} months until the experience rule is met (${apprenticeRuleText()}); ` +
          (payback.apprenticePhase
            ? `from month ${payback.startMonths.toFixed(1)} to month ${payback.waitMonths.toFixed(1)} the credential is priced as its apprentice ` +
              `designation (${payback.apprenticePhase.with.credential.priced.map(credentialLabel).join(', ')}): pay without ` +
              `${dollars(payback.apprenticePhase.without.pay)}, with ${dollars(payback.apprenticePhase.with.pay)}, a gain of ` +
              `${dollars(payback.apprenticePhase.annualGain)} a year, measured at ${(inputs.years + payback.startMonths / 12).toFixed(1)} years of experience`
            : 'it ends before the new pay starts')
        : 'no apprenticeship: the full credential is priced from the start',
    ],
    ['Full credential from month', Math.round(payback.waitMonths * 10) / 10],
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
    ['Preparation (yours)', payback.prepCost],
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
  const included = [
    payback.examFees > 0 ? `exam fees ${dollars(payback.examFees)}` : '',
    payback.membership ? `membership ${dollars(payback.recurringPerYear)} a year` : '',
    payback.prepCost > 0 ? `your preparation ${dollars(payback.prepCost)}` : '',
    payback.extraCost > 0 ? `your extra cost ${dollars(payback.extraCost)}` : '',
  ].filter(Boolean);
  const prep = preparationCosts();
  rows.push(
    ['Costs included', included.length > 0 ? included.join('; ') : 'none'],
    [
      'Costs not included',
      [
        inputs.prepCost === undefined ? `preparation (a course or programme), not given as prep_cost: ${prep}` : '',
        retakeNote(payback.added),
        'study materials and code books bought apart from a course',
        'continuing-education courses (no cited price)',
        'an AHIMA membership (not assumed)',
        'time off work to study and wages given up while training or searching',
        'a fee to remove the apprenticeship (none was found on AAPC pages)',
        'tax',
      ]
        .filter(Boolean)
        .join('; ') + '.',
    ],
  );
  const answer = paybackAnswer(payback);
  rows.push(
    [
      'Method',
      (payback.apprenticePhase
        ? `from month ${payback.startMonths.toFixed(1)} the apprentice's gain (${dollars(payback.apprenticePhase.annualGain)} a year), from month ` +
          `${payback.waitMonths.toFixed(1)} the full credential's (${dollars(payback.annualGain)} a year), against the up-front cost (${dollars(payback.upFront)}); `
        : `from month ${payback.waitMonths.toFixed(1)} the gain (${dollars(payback.annualGain)} a year) against the up-front cost (${dollars(payback.upFront)}); `) +
        `after month 12 the membership is paid again, so from then on the gain is reduced by the recurring cost (${dollars(payback.recurringPerYear)} a year)`,
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
    ...(payback.apprenticePhase
      ? [
          `apprentice gain ${dollars(payback.apprenticePhase.annualGain)}/yr from month ${payback.startMonths.toFixed(1)}, full from month ${payback.waitMonths.toFixed(1)}`,
        ]
      : payback.waitMonths > 0
        ? [`wait ${payback.waitMonths.toFixed(1)} months`]
        : []),
    `recurring ${dollars(payback.recurringPerYear)}/yr`,
    typeof answer === 'number' ? `= ${answer} ${answer === 1 ? 'month' : 'months'}` : `= ${answer}`,
  ].join('; ');
}
