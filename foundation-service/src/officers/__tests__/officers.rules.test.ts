import { isStudent, officerSearchText, searchWords, yearsOfService } from '../officers.rules';

describe('officer rules', () => {
  it('folds a search into words, whatever the accents, case and spacing', () => {
    expect(searchWords('  Saïd   EL Ouafi ')).toEqual(['said', 'el', 'ouafi']);
    expect(searchWords('إدريس')).toEqual(['ادريس']);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords(null)).toEqual([]);
  });

  it('refuses a search longer than 100 characters or 6 words, naming the field', () => {
    expect(searchWords('a b c d e f')).toHaveLength(6);
    expect(() => searchWords('a b c d e f g')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'search' } }) as Error,
    );
    expect(() => searchWords('x'.repeat(101))).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'search' } }) as Error,
    );
  });

  it('stores both scripts and the matricule in the search text', () => {
    expect(
      officerSearchText({
        matricule: '100001',
        firstNameLatin: 'Aïcha',
        lastNameLatin: 'Chraïbi',
        firstNameAr: 'عائشة',
        lastNameAr: 'الشرايبي',
      }),
    ).toBe('aicha chraibi عايشه الشرايبي 100001');
  });

  it('counts whole years of service, the anniversary included', () => {
    expect(yearsOfService({ serviceStartDate: '2000-06-15' }, '2026-06-14')).toBe(25);
    expect(yearsOfService({ serviceStartDate: '2000-06-15' }, '2026-06-15')).toBe(26);
  });

  it('treats a student certificate as valid through its last day', () => {
    expect(isStudent({ studentUntil: '2026-06-30' }, '2026-06-30')).toBe(true);
    expect(isStudent({ studentUntil: '2026-06-30' }, '2026-07-01')).toBe(false);
    expect(isStudent({ studentUntil: null }, '2026-07-01')).toBe(false);
  });
});
