import { describe, expect, it } from 'vitest';
import { once, rememberedByKey } from '../../src/core/memo';
import { credentialFactor, CREDENTIALS } from '../../src/core/pay/credentials';
import { settingFactor } from '../../src/core/pay/settings';

describe('answers remembered by key', () => {
  it('computes each key once, and starts again when full rather than growing', () => {
    const computed: string[] = [];
    const remember = rememberedByKey<string>(3);
    const answer = (key: string): string =>
      remember(key, () => {
        computed.push(key);
        return key.toUpperCase();
      });
    expect([answer('a'), answer('b'), answer('a'), answer('c')]).toEqual(['A', 'B', 'A', 'C']);
    expect(computed).toEqual(['a', 'b', 'c']);
    answer('d'); // full: forgets a, b and c
    answer('a');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('computes a value once, even a falsy one', () => {
    let calls = 0;
    const zero = once(() => {
      calls++;
      return 0;
    });
    expect([zero(), zero()]).toEqual([0, 0]);
    expect(calls).toBe(1);
  });

  it('tells credential sets apart by code, order, the apprenticeship removed early, and years', () => {
    const cpc = CREDENTIALS.find((c) => c.code === 'CPC')!;
    const crc = CREDENTIALS.find((c) => c.code === 'CRC')!;
    const early = { ...cpc, apprenticeRemovedEarly: true as const };
    expect(credentialFactor([cpc], 1).priced.map((c) => c.code)).toEqual(['CPC-A']);
    expect(credentialFactor([early], 1).priced.map((c) => c.code)).toEqual(['CPC']);
    expect(credentialFactor([cpc], 1).years).toBe(1);
    expect(credentialFactor([cpc], 1.5).years).toBe(1.5);
    expect(credentialFactor([cpc, crc], 5).detail).toBe(credentialFactor([cpc, crc], 5).detail);
    expect(settingFactor('hospital', 1).factor).not.toBe(settingFactor('hospital', credentialFactor([cpc], 10).factor).factor);
  });
});
