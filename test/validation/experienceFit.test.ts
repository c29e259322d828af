/**
 * The experience curve's constants are the least-squares fit to every AAPC experience table
 * (scripts/validation/experienceFit.ts): refitted here, so they cannot drift from the data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { experienceFit, curvePay, type ExperienceFit } from '../../scripts/validation/experienceFit';
import { readPublishedFigures } from '../../scripts/validation/publishedFigures';
import { EXPERIENCE_CURVE, MEDIAN_WORKER_YEARS, curveQuantile, experienceQuantile } from '../../src/core/pay/experience';
import { estimatePay } from '../../src/core/pay/estimate';
import { parseCredentials } from '../../src/core/pay/credentials';
import { ROLES } from '../../src/core/pay/roles';
import { NATIONAL } from '../../src/core/places/areas';

describe('the experience curve fitted to the AAPC experience tables', () => {
  let fit: ExperienceFit;
  beforeAll(() => {
    fit = experienceFit(readPublishedFigures());
  });

  it('stores the fit’s constants, rounded: limit to 0.001, half-way years to 0.01', () => {
    expect(Math.abs(fit.curve.limit - EXPERIENCE_CURVE.limit)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(fit.curve.halfWayYears - EXPERIENCE_CURVE.halfWayYears)).toBeLessThanOrEqual(0.005);
    expect(fit.curve.entry).toBe(EXPERIENCE_CURVE.entry);
    expect(fit.medianWorkerYears).toBeCloseTo(MEDIAN_WORKER_YEARS, 1);
  });

  it('fits five tables, each within 12% of its published value, and predicts each from the others', () => {
    expect(fit.results.map((r) => r.table.id)).toEqual([
      'experience-2013',
      'experience-2010-noncertified-7',
      'experience-2010-noncertified-25',
      'experience-2010-certified-25',
      'years-to-single-credential-2018',
    ]);
    for (const r of fit.results) {
      expect(Math.abs(r.error), r.table.id).toBeLessThan(0.12);
      expect(r.leftOutCurve).not.toEqual(fit.curve);
    }
  });

  it('is increasing and concave in years, flat after 40', () => {
    for (let y = 0; y < 40; y += 0.5) {
      expect(experienceQuantile(y + 0.5)).toBeGreaterThan(experienceQuantile(y));
      if (y > 0)
        expect(experienceQuantile(y + 0.5) - experienceQuantile(y)).toBeLessThan(experienceQuantile(y) - experienceQuantile(y - 0.5));
    }
    expect(experienceQuantile(55)).toBe(experienceQuantile(40));
  });

  it('prices each reading with the estimate’s own steps', () => {
    for (const [years, cert] of [
      [1, ''],
      [7, ''],
      [25, ''],
      [1, 'CPC'],
      [25, 'CPC'],
      [15.125, 'CPC'],
    ] as const) {
      const estimate = estimatePay({ area: NATIONAL, years, credentials: parseCredentials([cert]), role: ROLES.coder, setting: 'any' });
      expect(curvePay(EXPERIENCE_CURVE, years, cert)).toBeCloseTo(estimate.cappedPay, 6);
      expect(curveQuantile(EXPERIENCE_CURVE, years)).toBe(estimate.experienceQuantile);
    }
  });
});
