/**
 * Cost-of-living adjustment with BEA Regional Price Parities (all items, US = 100).
 * An amount in one state buys the same in another after scaling by the ratio of parities.
 * BEA estimates each year's parities independently, so only one year (the latest in the data)
 * is ever used. All values carry BEA's three decimals; a value shown with fewer decimals had
 * trailing zeros dropped by the intermediary file, it is not rounded (data/SOURCES.md, file 11).
 */
import { REFERENCE } from '../../data/generated/reference';
import type { Area, PriceParity } from './referenceTypes';
import { NotInDataError } from './inputError';

const US_PARITY = 100;

export function priceParity(area: Area): PriceParity {
  const parity = REFERENCE.priceParities.find((p) => p.area === area.code);
  if (parity) return parity;
  if (area.code === 'US') {
    const reference = REFERENCE.priceParities[0]!;
    return { ...reference, area: 'US', rpp: US_PARITY };
  }
  throw new NotInDataError(`no BEA price parity for ${area.name} in the bundled data`, `#N/A NO RPP ${area.code}`);
}

/** The amount in `to` with the same purchasing power as `amount` in `from`. */
export function adjustForCostOfLiving(amount: number, from: Area, to: Area): number {
  return (amount * priceParity(to).rpp) / priceParity(from).rpp;
}
