import { BadUserInputError } from '../errors';
import { cursorCodec } from '../cursors';
import { isUuid } from '../calendar';

describe('cursorCodec', () => {
  const claims = cursorCodec('claim-queue:', isUuid);
  const id = '0b6f4a52-1c1e-4f6b-9a55-3f1d2c7e8a90';

  it('round-trips a key through an opaque cursor', () => {
    const cursor = claims.encode(id);
    expect(cursor).not.toContain(id);
    expect(claims.decode(cursor)).toBe(id);
  });

  it.each([
    ['not base64', '!!!'],
    ['the bare key', id],
    ['another connection’s cursor', cursorCodec('application-queue:', isUuid).encode(id)],
    ['the prefix alone', Buffer.from('claim-queue:').toString('base64')],
    ['a key the connection does not use', Buffer.from("claim-queue:1' OR 1=1").toString('base64')],
  ])('refuses %s as `after` with BAD_USER_INPUT', (_case, cursor) => {
    expect(() => claims.decode(cursor)).toThrow(BadUserInputError);
    try {
      claims.decode(cursor);
    } catch (error) {
      expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
