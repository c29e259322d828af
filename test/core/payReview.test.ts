import { describe, expect, it } from 'vitest';
import { NATIONAL, STATES, parseArea } from '../../src/core/places/areas';
import { parseCredentials } from '../../src/core/pay/credentials';
import { ROLES, roleFromTitle } from '../../src/core/pay/roles';
import { estimatePay, type EstimateInputs } from '../../src/core/pay/estimate';
import { areaDistribution, quantileOfPay } from '../../src/core/pay/distribution';
import { COMPA_RATIO_BANDS, inCompaBand, median, raiseToEstimate, reviewPay, summariseTeam } from '../../src/core/team/payReview';
import { BAND_LEVELS, RANGE_SPREAD, payBands, yearsCovered } from '../../src/core/team/payBands';

const profile = (code: string, years: number, cert = '', role = ROLES.coder): EstimateInputs => ({
  area: parseArea(code),
  years,
  credentials: parseCredentials([cert]),
  role,
  setting: 'any',
});

describe('one person’s pay review', () => {
  it('gives compa-ratio 1 and no gap when pay equals the market estimate', () => {
    for (const area of [NATIONAL, ...STATES]) {
      const inputs = profile(area.code, 6, 'CPC');
      const review = reviewPay({ ...inputs, pay: estimatePay(inputs).pay });
      expect(review.compaRatio).toBe(1);
      expect(review.gap).toBe(0);
    }
  });

  it('reads pay against the estimate and the local distribution of the role', () => {
    const inputs = profile('TX', 2, 'CPC');
    const estimate = estimatePay(inputs).pay;
    const review = reviewPay({ ...inputs, pay: 45_000 });
    expect(review.gap).toBe(45_000 - estimate);
    expect(review.compaRatio).toBeCloseTo(45_000 / estimate, 12);
    // The percentile ignores experience and credentials: it is PAY_PERCENTILE's.
    expect(review.percentile).toBe(quantileOfPay(areaDistribution(ROLES.coder, parseArea('TX')), 45_000));
    expect(review.localMedian).toBe(areaDistribution(ROLES.coder, parseArea('TX')).record.values.annual_median);
  });

  it('flags pay under the local p25 and over the local p90, and nothing at the points themselves', () => {
    const area = parseArea('OH');
    const [, p25, , , p90] = areaDistribution(ROLES.biller, area).percentiles;
    const at = (pay: number) => reviewPay({ ...profile('OH', 5, '', ROLES.biller), pay }).flag;
    expect(at(p25 - 1)).toBe('below p25');
    expect(at(p25)).toBe('');
    expect(at(p90)).toBe('');
    expect(at(p90 + 1)).toBe('above p90');
  });
});

describe('a team’s summary', () => {
  it('counts flags, takes the median compa-ratio and adds up what reaching each person’s own estimate costs', () => {
    const summary = summariseTeam([
      { pay: 40_000, estimate: 48_000, compaRatio: 40 / 48, flag: 'below p25' },
      // Paid above the estimate for the profile: no raise, however far below the local median.
      { pay: 44_000, estimate: 37_560, compaRatio: 44 / 37.56, flag: '' },
      { pay: 47_500.5, estimate: 51_000, compaRatio: 47.5005 / 51, flag: '' },
      { pay: 51_000, estimate: 51_000, compaRatio: 1, flag: '' },
      { pay: 90_000, estimate: 69_000, compaRatio: 90 / 69, flag: 'above p90' },
    ]);
    expect(summary).toEqual({
      reviewed: 5,
      medianCompaRatio: 1,
      belowP25: 1,
      aboveP90: 1,
      belowEstimate: 2,
      costToEstimate: 8_000 + 3_499.5,
    });
  });

  it('gives a raise line only to someone paid below their own estimate', () => {
    expect(raiseToEstimate({ pay: 44_000, estimate: 37_560 })).toBeUndefined();
    expect(raiseToEstimate({ pay: 37_560, estimate: 37_560 })).toBeUndefined();
    expect(raiseToEstimate({ pay: 36_000, estimate: 43_410 })).toBe(7_410);
    expect(raiseToEstimate({ pay: 36_000.26, estimate: 43_410 })).toBe(7_409.74);
  });

  it('has no median for an empty team', () => {
    expect(summariseTeam([])).toEqual({ reviewed: 0, belowP25: 0, aboveP90: 0, belowEstimate: 0, costToEstimate: 0 });
    expect(median([3, 1, 2])).toBe(2);
  });

  it('puts every compa-ratio in exactly one band', () => {
    for (const ratio of [0, 0.5, 0.7999, 0.8, 0.85, 0.9, 0.9999, 1, 1.0999, 1.1, 1.2, 3]) {
      expect(
        COMPA_RATIO_BANDS.filter((band) => inCompaBand(ratio, band)),
        String(ratio),
      ).toHaveLength(1);
    }
  });
});

describe('job titles as rosters write them', () => {
  it('finds the role a title names, coding before billing', () => {
    const role = (title: string) => roleFromTitle(title)?.role;
    expect(role('coder')).toBe('coder');
    expect(role('Medical Coder II')).toBe('coder');
    expect(role('Coding and billing specialist')).toBe('coder');
    expect(role('Billing Specialist')).toBe('biller');
    expect(role('Claims follow-up')).toBe('biller');
    expect(role('HIM Technician')).toBe('hit');
    expect(role('Tumor Registrar')).toBe('hit');
    expect(role('43-3021')).toBe('biller');
    expect(role('Office manager')).toBeUndefined();
    expect(role('')).toBeUndefined();
  });
});

describe('suggested pay bands', () => {
  it('centre each level on the market estimate at its middle year, 35% wide, levels sharing no year', () => {
    const area = parseArea('TX');
    const bands = payBands({ area, credentials: [], role: ROLES.coder, setting: 'any' });
    expect(bands.map((b) => [b.level.label, yearsCovered(b.level)])).toEqual([
      ['Entry', '0 to 2'],
      ['Developing', '3 to 5'],
      ['Experienced', '6 to 10'],
      ['Senior', '11 to 19'],
      ['Expert', '20 and more'],
    ]);
    expect(RANGE_SPREAD).toBe(0.35);
    bands.forEach((band, i) => {
      const level = BAND_LEVELS[i]!;
      expect(band.midpoint).toBe(estimatePay({ ...profile('TX', level.midpointYears) }).pay);
      // Spread on the minimum, midpoint halfway (to the dollar).
      expect(Math.abs(band.maximum - band.minimum * 1.35)).toBeLessThanOrEqual(1.5);
      expect(Math.abs((band.minimum + band.maximum) / 2 - band.midpoint)).toBeLessThanOrEqual(1);
      // Every whole year from 0 to 60 belongs to exactly one level.
      if (i > 0) expect(level.fromYears).toBe(BAND_LEVELS[i - 1]!.toYears! + 1);
    });
    for (let years = 0; years <= 60; years++)
      expect(BAND_LEVELS.filter((l) => years >= l.fromYears && (l.toYears === undefined || years <= l.toYears))).toHaveLength(1);
    // About 30% wide, not 3%: the entry band for Texas coders.
    expect(bands[0]!.maximum / bands[0]!.minimum).toBeCloseTo(1.35, 2);
  });

  it('never fall with experience, and a credential never lowers them, in every area and role', () => {
    for (const area of [NATIONAL, ...STATES]) {
      for (const role of Object.values(ROLES)) {
        const without = payBands({ area, credentials: [], role, setting: 'hospital' });
        const withCpc = payBands({ area, credentials: parseCredentials(['CPC']), role, setting: 'hospital' });
        without.forEach((band, i) => {
          expect(band.minimum).toBeLessThanOrEqual(band.midpoint);
          expect(band.midpoint).toBeLessThanOrEqual(band.maximum);
          expect(withCpc[i]!.minimum).toBeGreaterThanOrEqual(band.minimum);
          expect(withCpc[i]!.maximum).toBeGreaterThanOrEqual(band.maximum);
          // The midpoint is an estimate, so the ceiling at the local p90 holds for it.
          expect(withCpc[i]!.midpoint).toBeLessThanOrEqual(Math.round(areaDistribution(role, area).percentiles[4]));
        });
      }
    }
  });
});
