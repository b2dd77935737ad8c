import { inCareTypeOrder } from '../plans.rules';

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
