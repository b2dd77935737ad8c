import { formatMoney, MoneyScalar, parseMoney, DateScalar } from '../scalars';
import { foldForSearch } from '../search';

describe('Money', () => {
  it('writes centimes as a decimal string in MAD', () => {
    expect(formatMoney(125050n)).toBe('1250.50');
    expect(formatMoney(5n)).toBe('0.05');
    expect(formatMoney(-1999n)).toBe('-19.99');
    expect(formatMoney(9_007_199_254_740_993n)).toBe('90071992547409.93');
  });

  it('reads decimal strings exactly, beyond float precision', () => {
    expect(parseMoney('1250.5')).toBe(125050n);
    expect(parseMoney('1250')).toBe(125000n);
    expect(parseMoney('90071992547409.93')).toBe(9_007_199_254_740_993n);
  });

  it('refuses floats, three decimals and words with BAD_USER_INPUT', () => {
    for (const bad of ['12.345', 'abc', '1e5', '', '1,5']) {
      expect(() => parseMoney(bad)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }) as Error,
      );
    }
    expect(() => MoneyScalar.parseValue(12.5)).toThrow(/decimal string/);
  });

  it('serialises the strings PostgreSQL returns for bigint and numeric sums', () => {
    expect(MoneyScalar.serialize('4200000000000')).toBe('42000000000.00');
  });
});

describe('Date', () => {
  it('accepts real calendar dates only', () => {
    expect(DateScalar.parseValue('2025-09-09')).toBe('2025-09-09');
    expect(() => DateScalar.parseValue('2025-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => DateScalar.parseValue('09/09/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('foldForSearch', () => {
  it('ignores accents and case in Latin script', () => {
    expect(foldForSearch('Laâyoune')).toBe('laayoune');
    expect(foldForSearch('SAÏD  Chraïbi')).toBe('said chraibi');
  });

  it('folds Arabic letter variants and diacritics', () => {
    expect(foldForSearch('أحمد')).toBe(foldForSearch('احمد'));
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('فاطمة')).toBe(foldForSearch('فاطمه'));
  });
});
