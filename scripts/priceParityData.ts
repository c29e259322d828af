/**
 * Reads BEA's price parities of metropolitan areas and of the states' nonmetropolitan portions
 * (`data/bea_marpp_*.csv`: the all-items rows of BEA's MARPP and PARPP tables) and checks them
 * against the state parities they are divided by and the BLS areas they are joined to.
 *
 * The columns read: `cbsa_code` (BEA's GeoFIPS: a CBSA code for an MSA, `SS999` for the
 * nonmetropolitan portion of the state with FIPS code SS, `00000` the nation), `area_name`,
 * `geo_type` (`msa`, `state_nonmetropolitan_portion`, `national`, `us_nonmetropolitan_portion`),
 * `year`, `rpp_all_items`, `source`, `source_url` and `note`. The rest (the row as BEA printed
 * it, the copy it was read from) is provenance, never bundled.
 *
 * A parity is only ever divided by another of the same year and release (each year's parities
 * are estimated independently), so every row must be of the state parities' year and cite the
 * same release. BEA prints 0.000 for a state with no nonmetropolitan portion (DE, DC, NJ, RI);
 * the file leaves it blank with a note, and such a state's areas take the state's parity.
 */
import { metropolitanPriceParities, portionPriceParities, releasedOn } from '../src/core/publishers';
import type { Area, AreaParitySources, AreaPriceParity, PriceParity } from '../src/core/referenceTypes';
import { STATE_BY_FIPS } from './dataUpdate/areas';
import { numberOrUndefined, publicationOf, usable, yearOf, type Row } from './referenceCsv';

/** The area parity file: the one `bea_marpp_*.csv` in data/. */
export const AREA_PARITY_FILE_PREFIX = 'bea_marpp';

const METRO_SUFFIX = /\s*\(?Metropolitan Statistical Area\)?\s*(?:\*\s*)?$/;
const PORTION_SUFFIX = /\s*\(Nonmetropolitan Portion\)\s*(?:\*\s*)?$/;
const GEO_TYPES = new Set(['msa', 'state_nonmetropolitan_portion', 'national', 'us_nonmetropolitan_portion']);

export interface AreaParityData {
  readonly sources: AreaParitySources;
  readonly parities: readonly AreaPriceParity[];
}

/** BEA's name of an MSA without "(Metropolitan Statistical Area)" or a footnote mark: "Twin Falls, ID". */
export function metroName(beaName: string): string {
  return beaName.replace(METRO_SUFFIX, '').trim();
}

/**
 * The area parities of `rows`, checked; `states` are the state parities the add-on divides them
 * by (their latest year), whose year and release every row must share. One line per problem.
 */
export function readAreaParities(file: string, rows: readonly Row[], states: readonly PriceParity[], problems: string[]): AreaParityData {
  const stateYears = [...new Set(states.map((p) => p.year))];
  const released = [...new Set(states.map((p) => releasedOn(p.publication)))];
  if (stateYears.length !== 1 || released.length !== 1)
    problems.push(`the state price parities are of ${stateYears.length} years and ${released.length} releases; the area parities need one`);
  const year = stateYears[0] ?? Number.NaN;
  const sources: AreaParitySources = {
    year,
    metropolitan: metropolitanPriceParities(year, released[0] ?? ''),
    nonmetropolitan: portionPriceParities(year, released[0] ?? ''),
  };
  const parities: AreaPriceParity[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (!usable(row)) return;
    const where = `${file} row ${index + 2}`;
    const code = (row.cbsa_code ?? '').trim();
    const type = (row.geo_type ?? '').trim();
    const name = (row.area_name ?? '').trim();
    const label = `${where} (${code} ${name})`;
    if (!GEO_TYPES.has(type)) {
      problems.push(`${label}: geo_type "${type}" is not one of ${[...GEO_TYPES].join(', ')}`);
      return;
    }
    const rowYear = yearOf(row.year ?? '');
    if (rowYear !== year) problems.push(`${label}: year ${row.year}, the state parities' year is ${year}: a ratio never mixes two years`);
    const portion = type === 'state_nonmetropolitan_portion';
    const expected = portion ? sources.nonmetropolitan : sources.metropolitan;
    const cited = publicationOf(row);
    if (cited.title !== expected.title || cited.url !== expected.url)
      problems.push(
        `${label}: cites "${cited.title}" ${cited.url}, expected "${expected.title}" ${expected.url} (the state parities' release)`,
      );
    const rpp = numberOrUndefined(row.rpp_all_items);
    if (rpp === undefined) {
      // BEA's 0.000 (no nonmetropolitan portion) is the only blank the file may hold, and it says why.
      if ((row.rpp_all_items ?? '').trim() !== '') problems.push(`${label}: rpp_all_items "${row.rpp_all_items}" is not a number`);
      else if (!portion) problems.push(`${label}: no parity; only a state without a nonmetropolitan portion may be blank`);
      else if (!(row.note ?? '').trim()) problems.push(`${label}: blank parity without a note saying why`);
      return;
    }
    if (!(rpp >= 70 && rpp <= 140)) problems.push(`${label}: price parity ${rpp} outside 70..140`);
    if (type === 'national') {
      if (rpp !== 100) problems.push(`${label}: the nation's parity is ${rpp}, not 100`);
      return;
    }
    if (type === 'us_nonmetropolitan_portion') return;
    let parity: AreaPriceParity;
    if (portion) {
      const state = /^(\d{2})999$/.exec(code) ? STATE_BY_FIPS[code.slice(0, 2)] : undefined;
      if (!state) {
        problems.push(`${label}: a nonmetropolitan portion's code is the state's FIPS code then 999`);
        return;
      }
      const stateName = name.replace(PORTION_SUFFIX, '').trim();
      if (stateName !== state.name) problems.push(`${label}: names ${stateName}, but ${code.slice(0, 2)} is ${state.name}`);
      parity = { area: state.abbr, kind: 'nonmetropolitan', name: state.name, rpp };
    } else {
      if (!/^\d{5}$/.test(code)) problems.push(`${label}: cbsa_code "${code}" is not a 5-digit CBSA code`);
      parity = { area: code, kind: 'metropolitan', name: metroName(name), rpp };
    }
    if (seen.has(parity.area)) problems.push(`${label}: a second parity for ${parity.area}`);
    seen.add(parity.area);
    parities.push(parity);
  });
  parities.sort((a, b) => a.kind.localeCompare(b.kind) || a.area.localeCompare(b.area));
  return { sources, parities };
}

/**
 * BLS's MSA codes are OMB's CBSA codes, as BEA's are, but OMB retires and reuses codes when it
 * redraws areas: a BEA parity is joined to the BLS area of the same code only where BLS gave that
 * area BEA's title in some year (the same delineation). A code both use under different titles
 * in every year is a problem to resolve by hand, never joined silently.
 */
export function checkParityJoin(parities: readonly AreaPriceParity[], areas: readonly Area[]): string[] {
  const problems: string[] = [];
  for (const parity of parities.filter((p) => p.kind === 'metropolitan')) {
    const area = areas.find((a) => a.kind === 'metropolitan' && a.code === parity.area);
    if (area && !(area.names ?? []).some((n) => n.name === parity.name))
      problems.push(
        `BEA parity ${parity.area} "${parity.name}" and BLS area ${area.code} (${(area.names ?? []).map((n) => `May ${n.year} "${n.name}"`).join(', ')}) share a code but never a title`,
      );
  }
  return problems;
}

/** How the latest year's BLS areas meet BEA's parities, for the data summary: "387 of 393 MSAs …". */
export function joinSummary(parities: readonly AreaPriceParity[], areas: readonly Area[], states: readonly PriceParity[]): string {
  const latest = Math.max(...areas.flatMap((a) => (a.names ?? []).map((n) => n.year)));
  const current = areas.filter((a) => (a.names ?? []).some((n) => n.year === latest));
  const has = (kind: AreaPriceParity['kind'], code: string) => parities.some((p) => p.kind === kind && p.area === code);
  const hasState = (code: string) => states.some((p) => p.area === code);
  const count = (kind: 'metropolitan' | 'nonmetropolitan') => {
    const list = current.filter((a) => a.kind === kind);
    const own = list.filter((a) => has(kind, kind === 'metropolitan' ? a.code : a.states[0]!)).length;
    const state = list.filter((a) => !has(kind, kind === 'metropolitan' ? a.code : a.states[0]!) && hasState(a.states[0]!)).length;
    return { all: list.length, own, state, none: list.length - own - state };
  };
  const m = count('metropolitan');
  const n = count('nonmetropolitan');
  return (
    `${parities.filter((p) => p.kind === 'metropolitan').length} metropolitan and ${parities.filter((p) => p.kind === 'nonmetropolitan').length} nonmetropolitan-portion price parities ` +
    `(May ${latest}: ${m.own} of ${m.all} MSAs their own, ${m.state} their state's, ${m.none} none; ` +
    `${n.own} of ${n.all} nonmetropolitan areas their state's nonmetropolitan portion, ${n.state} their state's, ${n.none} none)`
  );
}
