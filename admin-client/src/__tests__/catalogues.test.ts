import { AUDIT_ACTIONS } from '@dsp/common';
import { apiSchema } from '@dsp/tools';
import { isEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ar } from '../messages/ar';
import { fr } from '../messages/fr';

const catalogues: Record<'fr' | 'ar', Record<string, string>> = { fr, ar };

describe('the French and Arabic catalogues', () => {
  it('label every value of every enum of the API schema in both languages', () => {
    const schema = apiSchema(readFileSync(path.join(__dirname, '../../../schemas/supergraph.graphql'), 'utf8'));
    const enums = Object.values(schema.getTypeMap()).filter((type) => isEnumType(type) && !type.name.startsWith('__'));
    expect(enums.length).toBeGreaterThan(10);
    const missing = enums.flatMap((type) =>
      isEnumType(type)
        ? type
            .getValues()
            .flatMap((value) =>
              (['fr', 'ar'] as const)
                .filter((lang) => !catalogues[lang][`${type.name}.${value.name}`])
                .map((lang) => `${lang}: ${type.name}.${value.name}`),
            )
        : [],
    );
    expect(missing).toEqual([]);
  });

  it('label every action an audit record may name, in both languages', () => {
    const missing = AUDIT_ACTIONS.flatMap((action) =>
      (['fr', 'ar'] as const)
        .filter((lang) => !catalogues[lang][`AuditAction.${action}`])
        .map((lang) => `${lang}: AuditAction.${action}`),
    );
    expect(missing).toEqual([]);
  });

  it('hold the same message ids', () => {
    const onlyIn = (a: Record<string, string>, b: Record<string, string>) =>
      Object.keys(a).filter((id) => !Object.hasOwn(b, id));
    expect({ onlyFr: onlyIn(fr, ar), onlyAr: onlyIn(ar, fr) }).toEqual({ onlyFr: [], onlyAr: [] });
  });
});
