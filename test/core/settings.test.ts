/**
 * Work settings, remote work and role names: every setting's population factor (BLS, all workers)
 * and like-credential factor (AAPC members) from ratios within one source, a credential moving a
 * worker from one to the other without ever lowering pay, EXPLAIN naming the sources, no setting read as another, "remote" answered with where a
 * remote job is priced, and the words every prompt uses.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../../data/generated/reference';
import { SETTINGS, SETTING_ACCEPTED, SETTING_LABELS, parseSetting, settingFactor, type WorkSetting } from '../../src/core/pay/settings';
import { REMOTE_WORK_NOTE, RemoteWorkError, isRemoteWork } from '../../src/core/places/remoteWork';
import { InputError } from '../../src/core/inputError';
import { parseArea } from '../../src/core/places/areas';
import { areasNamed, placeKey } from '../../src/core/places/areaNames';
import { ROLES, parseRole } from '../../src/core/pay/roles';
import { credentialFactor, parseCredentials, referenceCredentialFactor } from '../../src/core/pay/credentials';
import { coderSalary, coderSalaryExplain } from '../../src/sheets/customFunctions';
import { sidebarOptions } from '../../src/addon/serverApi';
import { startAddonFromDist } from '../support/startedAddon';
import { parseDoc, readEntryExports } from '../../scripts/build';
import { readSettingFigures } from '../../scripts/settingData';

startAddonFromDist();

const explainRows = (...args: Parameters<typeof coderSalaryExplain>): Map<string, string> =>
  new Map((coderSalaryExplain(...args) as [string, string | number][]).map(([step, value]) => [step, String(value)]));

describe('work settings', () => {
  it('price an inpatient coder above an outpatient one, and both above a physician office', () => {
    const pay = (setting: string) => coderSalary('US', 5, 'CPC', 'coder', setting) as number;
    expect(pay('inpatient')).toBeGreaterThan(pay('outpatient'));
    expect(pay('outpatient')).toBeGreaterThan(pay('physician office'));
    // The same order in every state, at every experience the comparison sheets use.
    for (const state of ['CA', 'TX', 'AR', 'NY'])
      for (const years of [0, 2, 10, 20]) {
        const at = (setting: string) => coderSalary(state, years, 'CPC', 'coder', setting) as number;
        expect(at('hospital inpatient'), `${state} ${years}`).toBeGreaterThan(at('hospital outpatient'));
        expect(at('hospital outpatient'), `${state} ${years}`).toBeGreaterThan(at('physician office'));
      }
  });

  it('take each population factor from BLS figures of one publication: no credential reproduces the OOH medians', () => {
    const s = REFERENCE.settings;
    const hospital = 59_120 / 51_140;
    expect([s.hospital.value, s.physicianOffice.value, s.allSettings.value]).toEqual([59_120, 47_120, 51_140]);
    expect([s.inpatient.value, s.outpatient.value, s.healthSystem.value]).toEqual([50_925, 47_773, 51_389]);
    expect([s.payer.value, s.payerAllIndustries.value]).toEqual([64_170, 48_310]);
    const factors = Object.fromEntries(SETTINGS.map((k) => [k, settingFactor(k).factor])) as Record<WorkSetting, number>;
    expect(factors.any).toBe(1);
    expect(factors.hospital).toBeCloseTo(hospital, 10);
    expect(factors['physician office']).toBeCloseTo(47_120 / 51_140, 10);
    // The hospital factor is the geometric midpoint of inpatient and outpatient; their ratio is AAPC's.
    expect(factors['hospital inpatient'] / factors['hospital outpatient']).toBeCloseTo(50_925 / 47_773, 10);
    expect(Math.sqrt(factors['hospital inpatient'] * factors['hospital outpatient'])).toBeCloseTo(hospital, 10);
    expect(factors['health system']).toBeCloseTo((hospital * 51_389) / Math.sqrt(50_925 * 47_773), 10);
    expect(factors.payer).toBeCloseTo(64_170 / 48_310, 10);
    const rounded = Object.fromEntries(SETTINGS.map((k) => [k, Math.round(factors[k] * 10_000) / 10_000]));
    expect(rounded).toEqual({
      any: 1,
      hospital: 1.156,
      'hospital inpatient': 1.1936,
      'hospital outpatient': 1.1197,
      'physician office': 0.9214,
      'health system': 1.2044,
      payer: 1.3283,
    });
    // As a user types it: hospitals ÷ physician offices is BLS's 59,120 ÷ 47,120 for a coder with no credential.
    const none = (setting: string) => coderSalary('US', 10, '', '', setting) as number;
    expect(none('hospital') / none('physician office')).toBeCloseTo(59_120 / 47_120, 2);
    expect(Math.abs(none('hospital') / none('physician office') / (59_120 / 47_120) - 1)).toBeLessThan(0.02);
  });

  it('price a credentialed coder at AAPC’s gaps at like credentials: CPC inpatient ÷ physician practice at most 1.15', () => {
    const s = REFERENCE.settings;
    const midpoint = Math.sqrt(50_925 * 47_773);
    const practice = Math.cbrt(48_033 * 44_870 * 45_722);
    expect(s.practices.map((f) => f.value)).toEqual([48_033, 44_870, 45_722]);
    const like = Object.fromEntries(SETTINGS.map((k) => [k, settingFactor(k, 10).likeCredentials])) as Record<WorkSetting, number>;
    // Hospital ÷ practice is AAPC 2015's; all settings sit where the OOH puts them between the two.
    expect(like.hospital / like['physician office']).toBeCloseTo(midpoint / practice, 10);
    const position = Math.log(51_140 / 47_120) / Math.log(59_120 / 47_120);
    expect(like['physician office']).toBeCloseTo(Math.pow(midpoint / practice, -position), 10);
    expect(like['hospital inpatient'] / like['hospital outpatient']).toBeCloseTo(50_925 / 47_773, 10);
    expect(like['health system'] / like.hospital).toBeCloseTo(51_389 / midpoint, 10);
    // Payer: AAPC 2010 coders' CPC-P ÷ CPC, raised where needed so a credential never lowers pay at a payer.
    expect(like.payer).toBe(Math.max(45_750 / 39_953, settingFactor('payer').population / referenceCredentialFactor()));
    const cpc = (setting: string) => coderSalary('US', 10, 'CPC', '', setting) as number;
    expect(cpc('hospital inpatient') / cpc('physician practice')).toBeLessThanOrEqual(1.15);
    expect(cpc('hospital inpatient') / cpc('physician practice')).toBeCloseTo((midpoint / practice) * Math.sqrt(50_925 / 47_773), 3);
  });

  it('move from the population factor to the like-credential one with the credential, never lowering pay', () => {
    const reference = referenceCredentialFactor();
    for (const setting of SETTINGS) {
      const none = settingFactor(setting, 1);
      const cpc = settingFactor(setting, reference);
      expect(none.factor).toBe(none.population);
      expect(cpc.factor).toBeCloseTo(cpc.likeCredentials, 12);
      expect(settingFactor(setting, 1.5).factor).toBeCloseTo(cpc.likeCredentials, 12);
      // A credential's factor times the setting's never falls as the credential grows.
      let previous = 0;
      for (let c = 1; c <= 1.5; c += 0.01) {
        const pay = c * settingFactor(setting, c).factor;
        expect(pay, `${setting} ${c}`).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = pay;
      }
    }
    const apprentice = settingFactor('hospital', credentialFactor(parseCredentials(['CPC-A'])).factor);
    expect(apprentice.share).toBeGreaterThan(0.6);
    expect(apprentice.share).toBeLessThan(0.7);
  });

  it('never divides figures of two surveys or two years: the data check refuses such a pair', () => {
    const row = (source: string, period: string, group: string, usedFor: string, value: string) => ({
      source,
      reference_period: period,
      soc_code: '29-2072',
      group,
      statistic: 'annual_mean',
      value_usd: value,
      used_for: usedFor,
      source_url: 'https://www.bls.gov/oes/2021/may/oes292072.htm',
      status: 'ok',
      confidence: 'medium',
    });
    const aapc = (group: string, usedFor: string, value: string) => ({
      ...row('AAPC 2015 Salary Survey', '2015', group, usedFor, value),
      statistic: 'average',
    });
    const rows = [
      aapc('hospital, inpatient', 'hospital inpatient', '50925'),
      aapc('hospital, outpatient', 'hospital outpatient', '47773'),
      aapc('health system', 'health system', '51389'),
      aapc('large group practice (50+ physicians)', 'physician practice', '48033'),
      aapc('medium group (11-49 physicians)', 'physician practice', '44870'),
      aapc('solo/small group (2-10 physicians)', 'physician practice', '45722'),
      {
        ...row("AAPC 2010 Salary Survey (respondents with job title 'coder')", '2010', 'CPC-P', 'payer (credentialed)', '45750'),
        statistic: 'average',
      },
      {
        ...row("AAPC 2010 Salary Survey (respondents with job title 'coder')", '2010', 'CPC', 'payer (credentialed)', '39953'),
        statistic: 'average',
      },
      row('BLS OEWS May 2021', 'May 2021', 'insurance carriers', 'payer', '64170'),
      row('BLS OEWS May 2022', 'May 2022', 'all industries', 'payer', '51090'),
      row('BLS OEWS May 2021', 'May 2021', 'general medical and surgical hospitals', 'health information technologist caveat', '59640'),
      row('BLS OEWS May 2021', 'May 2021', 'all industries', 'health information technologist caveat', '61410'),
    ];
    const problems: string[] = [];
    readSettingFigures(rows, problems);
    expect(problems).toEqual([expect.stringMatching(/"BLS OEWS May 2022: all industries" \(May 2022.*never crosses two/)]);
    const clean: string[] = [];
    readSettingFigures(
      rows.map((r) =>
        r.group === 'all industries' && r.used_for === 'payer' ? row('BLS OEWS May 2021', 'May 2021', r.group, 'payer', '48310') : r,
      ),
      clean,
    );
    expect(clean).toEqual([]);
  });

  it('read each setting as itself: no setting becomes another', () => {
    for (const setting of SETTINGS) {
      expect(parseSetting(setting)).toBe(setting);
      // The label a sheet writes is a word a live formula reads back.
      expect(parseSetting(SETTING_LABELS[setting])).toBe(setting);
    }
    expect(parseSetting('inpatient')).toBe('hospital inpatient');
    expect(parseSetting('Outpatient')).toBe('hospital outpatient');
    expect(parseSetting('physician practice')).toBe('physician office');
    expect(parseSetting('payor')).toBe('payer');
    expect(parseSetting('Health System')).toBe('health system');
    // EXPLAIN shows the setting it priced, not the word typed.
    expect(explainRows('US', 5, 'CPC', 'coder', 'inpatient').get('Inputs')).toMatch(/; setting: hospital inpatient$/);
    expect(coderSalary('US', 5, 'CPC', 'coder', 'inpatient')).not.toBe(coderSalary('US', 5, 'CPC', 'coder', 'hospital'));
  });

  it('answer an unknown setting by listing every known one', () => {
    expect(() => coderSalary('US', 5, 'CPC', 'coder', 'ambulatory surgery')).toThrowError(/unknown setting "ambulatory surgery"/);
    try {
      coderSalary('US', 5, 'CPC', 'coder', 'ambulatory surgery');
    } catch (error) {
      for (const setting of SETTINGS) expect((error as Error).message).toContain(`"${setting}"`);
    }
    for (const setting of SETTINGS) expect(SETTING_ACCEPTED).toContain(`"${setting}"`);
  });

  it('are named with their source in EXPLAIN, and a borrowed factor says so', () => {
    const basis = (setting: string, role = 'coder', cert = 'CPC') => explainRows('TX', 5, cert, role, setting).get('Setting basis')!;
    const ooh = 'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm';
    const aapc = 'AAPC 2015 Salary Survey: https://www.aapc.com/resources/medical-coding-salary-survey';
    expect(basis('hospital')).toContain('all workers (population) 1.1560: OOH May 2025 medians: hospitals $59,120 ÷ all settings $51,140');
    expect(basis('hospital')).toContain(ooh);
    expect(basis('hospital')).toContain('like credentials 1.0429: AAPC 2015 Salary Survey hospital ÷ physician practice 1.0679');
    expect(basis('hospital')).toContain("a credential factor of 1.1370, at least a CPC's 1.1370: the like-credential factor 1.0429");
    expect(basis('hospital', 'coder', '')).toContain(
      "no credential: the population factor 1.1560, as BLS's medians by setting describe all of a setting's workers",
    );
    expect(basis('hospital', 'coder', 'CPC-A')).toMatch(
      /a credential factor of 1\.0867 carries 65% of a CPC's 1\.1370 in log terms, so 1\.1560\^0\.3\d+ × 1\.0429\^0\.6\d+ = /,
    );
    for (const setting of ['hospital inpatient', 'hospital outpatient', 'health system']) {
      expect(basis(setting)).toContain(ooh);
      expect(basis(setting)).toContain(aapc);
      expect(basis(setting)).toContain('hospital inpatient $50,925');
    }
    expect(basis('hospital inpatient')).toContain('the hospital taken as the midpoint of inpatient and outpatient');
    expect(basis('health system')).toContain('health system $51,389');
    expect(basis('payer')).toContain('insurance carriers $64,170 ÷ all industries $48,310');
    expect(basis('payer')).toContain("CPC-P, AAPC's payer credential, $45,750 ÷ CPC $39,953 = 1.1451");
    expect(basis('payer')).toContain(
      'BLS Occupational Employment and Wage Statistics (OEWS), May 2021, national estimates: https://www.bls.gov/oes/2021/may/oes292072.htm',
    );
    expect(basis('payer')).not.toContain('OOH');
    expect(basis('any')).toBe('any setting: no adjustment');
    expect(basis('payer', 'biller')).toContain(
      'measured for medical records specialists (SOC 29-2072); applied to this role as the nearest evidence',
    );
    expect(basis('payer', 'biller')).toContain('BLS publishes no split by setting for SOC 43-3021');
    expect(basis('hospital', 'hit')).toContain(
      'Caution: for SOC 29-9021 the OEWS May 2021 annual means put general medical and surgical hospitals ($59,640) below all industries ($61,410)',
    );
    expect(basis('hospital')).not.toContain('measured for medical records specialists');
  });
});

describe('remote work', () => {
  const words = ['remote', 'Remote', 'work from home', 'WFH', 'telework', 'Working from home'];

  it('is no place: typed as one, it says to give the employer’s area and why', () => {
    for (const word of words) {
      expect(() => parseArea(word), word).toThrowError(RemoteWorkError);
      try {
        coderSalary(word, 5, 'CPC');
      } catch (error) {
        expect((error as Error).message).toContain(`"${word}" is not a place: for a remote job, give the employer's area`);
        expect((error as Error).message).toContain("BLS OEWS counts workers where the employer's establishment reports them");
      }
    }
    expect(() => coderSalary('remote', 5, 'CPC')).toThrowError(/^CODER_SALARY: "remote" is not a place/);
  });

  it('is no setting: typed as one, it says the same', () => {
    for (const word of words) {
      const error = (() => {
        try {
          parseSetting(word);
        } catch (e) {
          return e;
        }
      })();
      expect(error, word).toBeInstanceOf(RemoteWorkError);
      expect((error as InputError).sentence).toContain(
        "the employer's area (BLS OEWS counts workers where the employer's establishment reports them)",
      );
    }
  });

  it('goes through the input-error path, so a range still answers row by row', () => {
    const pays = coderSalary([['remote'], ['TX'], ['WFH']], 5, 'CPC') as unknown[][];
    expect(pays[0]![0]).toBe("#REMOTE STATE → employer's area");
    expect(pays[1]![0]).toBe(coderSalary('TX', 5, 'CPC'));
    expect(pays[2]![0]).toBe("#REMOTE STATE → employer's area");
    const bySetting = coderSalary('TX', 5, 'CPC', 'coder', [['telework'], ['payer']]) as unknown[][];
    expect(bySetting[0]![0]).toBe("#REMOTE SETTING → employer's workplace");
    expect(bySetting[1]![0]).toBe(coderSalary('TX', 5, 'CPC', 'coder', 'payer'));
  });

  it('never hides a real place: no area is named after a remote word', () => {
    for (const word of words) expect(areasNamed(placeKey(word)), word).toEqual([]);
    expect(isRemoteWork('Remotely Falls')).toBe(false);
  });

  it('is explained wherever a place is asked for in a function’s help', () => {
    const places = ['state', 'area', 'from_state', 'to_state'];
    let asked = 0;
    for (const entry of readEntryExports().filter((e) => e.customFunction))
      for (const param of parseDoc(entry).params.filter((p) => places.includes(p.name))) {
        asked++;
        expect(param.text, `${entry.name}(${param.name})`).toContain(REMOTE_WORK_NOTE);
      }
    expect(asked).toBeGreaterThanOrEqual(14);
  });

  it('is explained under every place field of the sidebar and the roster columns', () => {
    expect(sidebarOptions().placeNote).toBe(REMOTE_WORK_NOTE);
  });
});

describe('every prompt names the settings and roles the same way', () => {
  it('lists every setting wherever a function asks for one', () => {
    let asked = 0;
    for (const entry of readEntryExports().filter((e) => e.customFunction))
      for (const param of parseDoc(entry).params.filter((p) => p.name === 'setting')) {
        asked++;
        for (const setting of SETTINGS) expect(param.text, `${entry.name}: ${setting}`).toContain(`"${setting}"`);
      }
    expect(asked).toBe(7);
  });

  it('labels hit as health information technologist / medical registrar (29-9021) everywhere', () => {
    const label = 'health information technologist / medical registrar';
    expect(ROLES.hit.label).toBe(label);
    expect(parseRole(label)).toBe(ROLES.hit);
    for (const entry of readEntryExports().filter((e) => e.customFunction))
      for (const param of parseDoc(entry).params.filter((p) => p.name === 'role'))
        expect(param.text, entry.name).toContain(`"hit" (${label}, 29-9021)`);
    expect(sidebarOptions().roles.find((r) => r.value === 'hit')!.label).toBe(
      'Health information technologist / medical registrar (29-9021)',
    );
    expect(explainRows('US', 0, '', 'hit').get('Inputs')).toContain(`role: hit (${label})`);
  });

  it('offers every setting in the sidebar, each with a label a formula reads back', () => {
    const offered = sidebarOptions().settings;
    expect(offered.map((s) => s.value)).toEqual([...SETTINGS]);
    for (const { value, label } of offered) expect(parseSetting(label)).toBe(value);
  });
});

describe('EXPLAIN for the nation', () => {
  it('calls national figures national', () => {
    for (const role of ['coder', 'biller', 'hit']) {
      const rows = explainRows('US', 5, 'CPC', role);
      const percentiles = rows.get('Percentiles used')!;
      expect(percentiles, role).not.toMatch(/state/);
      expect(percentiles, role).toMatch(
        /^the national published percentiles|^national-shape fallback: the data has only the national median/,
      );
    }
    expect(explainRows('US', 5, 'CPC').get('Percentiles used')).toMatch(/^the national published percentiles: p10 \$/);
    expect(explainRows('TX', 5, 'CPC').get('Percentiles used')).toMatch(/^the state's own published percentiles/);
  });
});
