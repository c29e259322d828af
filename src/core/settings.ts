/**
 * Work setting: hospital or physician office, relative to all settings.
 *
 * Factors are the BLS Occupational Outlook Handbook medians by setting for Medical Records
 * Specialists (May 2025: hospitals 59,120; offices of physicians 47,120) over the all-settings
 * national median of the same release (51,140). No such split is published for billers or
 * health information technologists; they borrow the coder ratios and EXPLAIN says so.
 */
import { REFERENCE } from '../../data/generated/reference';
import type { CitedFigure } from './referenceTypes';
import type { Publication } from './publishers';
import { InputError } from './inputError';
import { nearestMatch, quoted } from './nearestMatch';

export type WorkSetting = 'any' | 'hospital' | 'physician office';

export const SETTINGS: readonly WorkSetting[] = ['any', 'hospital', 'physician office'];

// No prototype: "constructor" or "__proto__" typed in a cell must not find Object's own members.
const ALIASES: Readonly<Record<string, WorkSetting>> = Object.assign(Object.create(null), {
  '': 'any',
  any: 'any',
  all: 'any',
  'all settings': 'any',
  hospital: 'hospital',
  hospitals: 'hospital',
  inpatient: 'hospital',
  'physician office': 'physician office',
  'physician offices': 'physician office',
  "physician's office": 'physician office',
  'physicians office': 'physician office',
  'offices of physicians': 'physician office',
  "doctor's office": 'physician office',
  'doctors office': 'physician office',
  office: 'physician office',
  clinic: 'physician office',
});

export const SETTING_ACCEPTED = '"any" (default), "hospital" or "physician office"';

export function parseSetting(text: string): WorkSetting {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const setting = ALIASES[key];
  if (setting) return setting;
  throw new InputError('setting', text, SETTING_ACCEPTED, () =>
    quoted(
      nearestMatch(
        key,
        Object.keys(ALIASES).map((a) => ({ key: a, value: ALIASES[a]! })),
      ),
    ),
  );
}

export interface SettingFactor {
  readonly factor: number;
  readonly figure?: CitedFigure;
  readonly base?: CitedFigure;
  /** Where the setting medians are published. */
  readonly publication?: Publication;
}

export function settingFactor(setting: WorkSetting): SettingFactor {
  const { allSettings, hospital, physicianOffice } = REFERENCE.settings;
  if (setting === 'any') return { factor: 1 };
  const figure = setting === 'hospital' ? hospital : physicianOffice;
  return { factor: figure.value / allSettings.value, figure, base: allSettings, publication: REFERENCE.settings.publication };
}
