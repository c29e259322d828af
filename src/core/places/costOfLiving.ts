/**
 * Cost-of-living adjustment with BEA Regional Price Parities (all items, US = 100).
 * An amount in one state buys the same in another after scaling by the ratio of parities.
 * BEA estimates each year's parities independently, so only one year (the latest in the data)
 * is ever used. All values carry BEA's three decimals; a value shown with fewer decimals had
 * trailing zeros dropped by the intermediary file, it is not rounded (data/SOURCES.md, file 11).
 *
 * A metropolitan or nonmetropolitan area takes the parity of the state BLS files it under: BEA
 * publishes metro parities, but the only copy found could not be dated and carried no area
 * codes, so none is bundled (data/SOURCES.md, "Metropolitan areas").
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { Area, PriceParity } from '../referenceTypes';
import { NotInDataError } from '../inputError';
import { stateName } from './areas';

const US_PARITY = 100;

/** The area whose parity applies: itself for the nation and a state, its state for an MSA or nonmetropolitan area. */
export function parityArea(area: Area): { readonly code: string; readonly name: string } {
  if (area.kind === 'national' || area.kind === 'state') return area;
  const code = area.states[0]!;
  return { code, name: stateName(code) };
}

export function priceParity(area: Area): PriceParity {
  const place = parityArea(area);
  const parity = REFERENCE.priceParities.find((p) => p.area === place.code);
  if (parity) return parity;
  if (area.code === 'US') {
    const reference = REFERENCE.priceParities[0]!;
    return { ...reference, area: 'US', rpp: US_PARITY };
  }
  const via = place.code === area.code ? '' : ` (${area.name} takes its state's parity)`;
  throw new NotInDataError(`no BEA price parity for ${place.name} in the bundled data${via}`, `#N/A NO RPP ${area.code}`);
}

/** The amount in `to` with the same purchasing power as `amount` in `from`. */
export function adjustForCostOfLiving(amount: number, from: Area, to: Area): number {
  return (amount * priceParity(to).rpp) / priceParity(from).rpp;
}
