import { BadUserInputError } from '../errors';
import { checkExpectedVersion } from '../validation';

describe('checkExpectedVersion', () => {
  it('takes the version last read', () => {
    expect(checkExpectedVersion('expectedVersion', 1)).toBe(1);
    expect(checkExpectedVersion('expectedVersion', 42)).toBe(42);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %p with BAD_USER_INPUT naming the field', (version) => {
    const refusal = (() => {
      try {
        checkExpectedVersion('input.expectedVersion', version);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(BadUserInputError);
    expect(refusal).toMatchObject({
      message: 'input.expectedVersion is the version last read, a whole number of 1 or more.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.expectedVersion' },
    });
  });
});
