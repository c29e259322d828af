/**
 * Cost-of-living adjustment with BEA Regional Price Parities (all items, US = 100).
 * An amount in one place buys the same in another after scaling by the ratio of parities.
 * BEA estimates each year's parities independently, so only one year is ever used: the state,
 * metropolitan and nonmetropolitan parities are all of BEA's release of that year (the data check
 * refuses any other). State values carry BEA's three decimals; a value shown with fewer had
 * trailing zeros dropped by the intermediary file, it is not rounded (data/SOURCES.md, file 11).
 *
 * Which parity a place takes (data/SOURCES.md, file 23):
 *  - the nation 100, a state its own;
 *  - a metropolitan area BEA's parity of the same MSA, joined on the CBSA code, which BLS uses as
 *    its MSA code (the data check refuses a code the two use for differently titled areas);
 *  - a nonmetropolitan area its state's nonmetropolitan portion: BLS's nonmetropolitan areas are
 *    parts of a state's nonmetropolitan territory, for which BEA publishes only the whole;
 *  - where BEA has neither (an MSA retired before BEA's delineation, a state such as Delaware
 *    with no nonmetropolitan portion in BEA's tables), the parity of the state BLS files the area
 *    under, and the label says so. Puerto Rico has no parity at all: an error.
 * The area parities live in the area tables (read on first use): a state call never reads them.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { Area } from '../referenceTypes';
import type { Publication } from '../publishers';
import { NotInDataError } from '../inputError';
import { stateName } from './areas';
import { areaPriceParity } from './areaTables';

const US_PARITY = 100;

/** Which of BEA's parities a place takes: its own, its state's nonmetropolitan portion, or its state's in their place. */
export type ParityBasis = 'national' | 'state' | 'metropolitan' | 'nonmetropolitan portion' | 'state in place of the area';

export interface ParityUsed {
  /** BEA regional price parity, all items, US = 100. */
  readonly rpp: number;
  readonly year: number;
  readonly basis: ParityBasis;
  /** What a user reads: "BEA RPP 2024, San Francisco-Oakland-Fremont, CA"; "BEA RPP 2024, Texas nonmetropolitan portion". */
  readonly label: string;
  readonly publication: Publication;
}

/** The parity `area` takes, with which one it is and its source. */
export function priceParity(area: Area): ParityUsed {
  const { year } = REFERENCE.areaParitySources;
  const label = (what: string) => `BEA RPP ${year}, ${what}`;
  if (area.kind === 'national') {
    const publication = REFERENCE.priceParities.find((p) => p.area !== 'US')!.publication;
    return { rpp: US_PARITY, year, basis: 'national', label: label(`${area.name} (${US_PARITY})`), publication };
  }
  if (area.kind === 'metropolitan' || area.kind === 'nonmetropolitan') {
    const metropolitan = area.kind === 'metropolitan';
    const own = areaPriceParity(area.kind, metropolitan ? area.code : area.states[0]!);
    if (own) {
      return metropolitan
        ? { rpp: own.rpp, year, basis: 'metropolitan', label: label(own.name), publication: REFERENCE.areaParitySources.metropolitan }
        : {
            rpp: own.rpp,
            year,
            basis: 'nonmetropolitan portion',
            label: label(`${own.name} nonmetropolitan portion`),
            publication: REFERENCE.areaParitySources.nonmetropolitan,
          };
    }
  }
  const code = area.kind === 'state' ? area.code : area.states[0]!;
  const state = REFERENCE.priceParities.find((p) => p.area === code);
  if (!state) {
    const why = area.kind === 'state' ? '' : `: none for the area or for ${stateName(code)}`;
    throw new NotInDataError(`no BEA price parity for ${area.name} in the bundled data${why}`, `#N/A NO RPP ${area.code}`);
  }
  const { rpp, publication } = state;
  if (area.kind === 'state') return { rpp, year: state.year, basis: 'state', label: label(area.name), publication };
  const kind = area.kind === 'metropolitan' ? 'metro' : 'nonmetropolitan';
  const text = label(`${stateName(code)}, no ${kind} parity for ${area.name}`);
  return { rpp, year: state.year, basis: 'state in place of the area', label: text, publication };
}

/** The amount in `to` with the same purchasing power as `amount` in `from`. */
export function adjustForCostOfLiving(amount: number, from: Area, to: Area): number {
  return (amount * priceParity(to).rpp) / priceParity(from).rpp;
}

/** An area without a BEA parity of its own: the parity it takes in its place, or none. */
export interface ParityFallback {
  readonly area: Area;
  /** The label of the state parity it takes, or why it has none (`#N/A NO RPP` in a cell). */
  readonly takes: string;
  readonly none: boolean;
}

/** The areas among `areas` for which BEA publishes no parity of their own kind, and what each takes. */
export function parityFallbacks(areas: readonly Area[]): ParityFallback[] {
  return areas.flatMap((area): ParityFallback[] => {
    try {
      const parity = priceParity(area);
      return parity.basis === 'state in place of the area' ? [{ area, takes: parity.label, none: false }] : [];
    } catch (error) {
      if (error instanceof NotInDataError) return [{ area, takes: error.message, none: true }];
      throw error;
    }
  });
}
