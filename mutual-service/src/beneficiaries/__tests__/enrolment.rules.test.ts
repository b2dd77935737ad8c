import { defaultPlanCode, later } from '../enrolment.rules';

describe('enrolment', () => {
  it('gives commissioners PREMIUM, officers CONFORT and every other rank ESSENTIEL by default', () => {
    expect(defaultPlanCode('COMMISSAIRE_DIVISIONNAIRE')).toBe('PREMIUM');
    expect(defaultPlanCode('INSPECTEUR')).toBe('CONFORT');
    expect(defaultPlanCode('GARDIEN_DE_LA_PAIX')).toBe('ESSENTIEL');
  });

  it('takes the later of two days', () => {
    expect(later('2010-01-01', '2024-06-30')).toBe('2024-06-30');
    expect(later('2024-06-30', '2010-01-01')).toBe('2024-06-30');
  });
});
