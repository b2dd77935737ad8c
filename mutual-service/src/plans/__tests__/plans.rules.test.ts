import { inCareTypeOrder, rateOf } from '../plans.rules';

describe('plan rules order', () => {
  it('lists rules in the SDL care type order, whatever order they come in', () => {
    const read = [
      { careType: 'HOSPITALISATION' as const },
      { careType: 'CONSULTATION' as const },
      { careType: 'PHARMACY' as const },
    ];
    expect(inCareTypeOrder(read).map((rule) => rule.careType)).toEqual(['CONSULTATION', 'PHARMACY', 'HOSPITALISATION']);
    expect(read[0].careType).toBe('HOSPITALISATION');
  });
});

describe('a plan rule rate', () => {
  it('reads the stored share as a number', () => {
    expect(rateOf({ rate: '0.8000' })).toBe(0.8);
    expect(rateOf({ rate: '1.0000' })).toBe(1);
    expect(rateOf({ rate: '0.0000' })).toBe(0);
  });
});
