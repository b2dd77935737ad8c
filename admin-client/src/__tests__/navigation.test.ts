import { Role } from '../gql/graphql';
import { homeOf, mayOpen, navFor } from '../navigation';

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
