/** Figures as words in EXPLAIN rows and catalogue text, the same on every runtime. */

// Thousands separators by hand: the result must not depend on the runtime's locale data.
export const dollars = (n: number): string => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** A factor or ratio as shown: four decimals. */
export const fourDecimals = (n: number): string => n.toFixed(4);
