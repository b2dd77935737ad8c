import { Role } from '../gql/graphql';
import { homeOf, mayOpen, navFor, readsClaims, receiptPath, referenceKind } from '../navigation';

describe('menus and homes by role', () => {
  it.each(Object.values(Role))('lands %s on a page of its own menu, the first link', (role) => {
    const home = homeOf(role);
    expect(mayOpen(role, home)).toBe(true);
    expect(navFor(role)[0]?.path).toBe(home);
  });

  it('starts the day of the mutual agent and the medical advisor on their work queues, not on the list of officers', () => {
    expect(homeOf('MUTUAL_AGENT')).toBe('/queues');
    expect(homeOf('MEDICAL_ADVISOR')).toBe('/queues');
  });

  it('keeps every other page of the menu in the menu order', () => {
    expect(navFor('NATIONAL_ADMIN').map((item) => item.path)).toEqual([
      '/national',
      '/dashboard',
      '/officers',
      '/queues',
      '/campaigns',
      '/heads',
      '/audit',
      '/solidarity',
      '/graphiql',
    ]);
  });

  it.each(Object.values(Role).filter((role) => role !== Role.NationalAdmin))(
    'keeps the API explorer, a tool of the national administration, out of the menu of %s, and its address sends it home',
    (role) => {
      expect(navFor(role).map((item) => item.path)).not.toContain('/graphiql');
      expect(mayOpen(role, '/graphiql')).toBe(false);
    },
  );

  it('gives no menu to a caller without a known role, and sends them to sign in', () => {
    expect(navFor(undefined)).toEqual([]);
    expect(navFor('SUPERUSER')).toEqual([]);
    expect(homeOf('SUPERUSER')).toBe('/signin');
  });
});

describe('claims and applications found by the reference on their receipt', () => {
  it('takes a reference as printed, whatever its letter case and the spaces around it, and nothing else', () => {
    for (const typed of ['RB-2026-002884', ' rb-2026-002884 ', 'Rb-2025-11544', 'RB-2027-1000000'])
      expect([typed, referenceKind(typed)]).toEqual([typed, 'claim']);
    for (const typed of ['DS-2026-100123', ' ds-2025-0000042 '])
      expect([typed, referenceKind(typed)]).toEqual([typed, 'application']);
    for (const typed of [
      'Kettani',
      '101321',
      'RB-26-002884',
      'RB-2026-',
      'RB 2026 002884',
      'RB-2026-002884 x',
      'AB-2026-002884',
    ])
      expect([typed, referenceKind(typed)]).toEqual([typed, null]);
  });

  it('looks a claim reference up for the roles that read claims, never for the foundation agents nor the officers', () => {
    expect(
      Object.values(Role)
        .filter((role) => readsClaims(role))
        .sort(),
    ).toEqual([Role.MedicalAdvisor, Role.MutualAgent, Role.NationalAdmin, Role.RegionalHead].sort());
  });

  it('prints a receipt at an address of its kind and reference', () => {
    expect(receiptPath('claim', 'RB-2026-002884')).toBe('/receipts/claims/RB-2026-002884');
    expect(receiptPath('application', 'DS-2026-100123')).toBe('/receipts/applications/DS-2026-100123');
  });
});
