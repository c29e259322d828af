/** BLS employment projections (the most recent decade in the data) by role. */
import { REFERENCE } from '../../../data/generated/reference';
import type { Projection } from '../referenceTypes';
import type { RoleInfo } from './roles';
import { InputError, NotInDataError } from '../inputError';

export type OutlookField = 'growth' | 'growth_rounded' | 'openings' | 'period' | 'median' | 'education';

export const OUTLOOK_FIELDS: readonly OutlookField[] = ['growth', 'growth_rounded', 'openings', 'period', 'median', 'education'];
export const OUTLOOK_ACCEPTED = `"growth" (default, decimal over the decade), "growth_rounded", "openings" (per year), "period", "median" or "education"`;

export function parseOutlookField(text: string): OutlookField {
  const key = text.trim().toLowerCase().replace(/\s+/g, '_');
  if (key === '') return 'growth';
  if ((OUTLOOK_FIELDS as readonly string[]).includes(key)) return key as OutlookField;
  throw new InputError('field', text, OUTLOOK_ACCEPTED);
}

export function projectionFor(role: RoleInfo): Projection {
  const projection = REFERENCE.projections.find((p) => p.soc === role.soc);
  if (!projection) {
    throw new NotInDataError(
      `no BLS employment projection for ${role.occupation} (${role.soc}) in the bundled data; projections exist for ${REFERENCE.projections.map((p) => p.soc).join(', ')}`,
      `#N/A NO PROJECTION ${role.soc}`,
    );
  }
  return projection;
}

function outlookValues(projection: Projection): Record<OutlookField, number | string | undefined> {
  return {
    growth: projection.growth,
    growth_rounded: projection.growthRounded,
    openings: projection.openings,
    period: projection.period,
    median: projection.median,
    education: projection.education,
  };
}

export function jobOutlook(role: RoleInfo, field: OutlookField): number | string {
  const projection = projectionFor(role);
  const values = outlookValues(projection);
  const value = values[field];
  if (value === undefined) {
    const present = OUTLOOK_FIELDS.filter((f) => values[f] !== undefined);
    throw new NotInDataError(
      `the ${projection.period} projection for ${role.occupation} (${role.soc}) has no "${field}" in the bundled data; it has: ${present.join(', ')}`,
      `#N/A NO ${field.toUpperCase()} ${role.soc}`,
    );
  }
  return value;
}
