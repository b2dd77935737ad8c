import { apiSchema } from '@dsp/tools';
import { isEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENUM_LABELS } from '../enumLabels';

describe('enum labels', () => {
  it('every value of every enum of the API schema has a French and an Arabic label', () => {
    const schema = apiSchema(readFileSync(path.join(__dirname, '../../../schemas/supergraph.graphql'), 'utf8'));
    const enums = Object.values(schema.getTypeMap()).filter((type) => isEnumType(type) && !type.name.startsWith('__'));
    expect(enums.length).toBeGreaterThan(10);
    const missing = enums.flatMap((type) =>
      isEnumType(type) ? type.getValues().flatMap((value) => (['fr', 'ar'] as const).filter((lang) => !ENUM_LABELS[lang][type.name]?.[value.name]).map((lang) => `${lang}: ${type.name}.${value.name}`)) : [],
    );
    expect(missing).toEqual([]);
  });
});
