import { stateAsJson } from '../writes/audit';

describe('an audit record state as the contract shows it', () => {
  it('is JSON text, and no state is null', () => {
    expect(stateAsJson({ status: 'CHECKED', version: 2 })).toBe('{"status":"CHECKED","version":2}');
    expect(stateAsJson(null)).toBeNull();
    expect(stateAsJson(undefined)).toBeNull();
  });
});
