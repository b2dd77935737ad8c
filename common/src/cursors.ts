import { BadUserInputError } from './errors';

/**
 * Opaque Relay cursors: base64 of a connection's own prefix and the key of
 * the row the page ends on. The prefix keeps one connection's cursors out of
 * another's; anything that does not decode to a valid key is the client's
 * mistake (BAD_USER_INPUT on `after`), never a query with a foreign value.
 */
export interface CursorCodec {
  encode(key: string): string;
  /** The key a cursor stands for; BAD_USER_INPUT (field `after`) for anything else. */
  decode(cursor: string): string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function cursorCodec(prefix: string, isKey: (key: string) => boolean): CursorCodec {
  return {
    encode: (key) => Buffer.from(`${prefix}${key}`, 'utf8').toString('base64'),
    decode: (cursor) => {
      const text = BASE64.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
      const key = text.startsWith(prefix) ? text.slice(prefix.length) : '';
      if (key.length === 0 || !isKey(key))
        throw new BadUserInputError('after', '`after` is not a cursor returned by this connection.');
      return key;
    },
  };
}
