import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ClinicalFields, clinicalFieldNames } from '../clinical-fields';

const SUPERGRAPH = readFileSync(path.resolve(__dirname, '..', '..', '..', 'schemas', 'supergraph.graphql'), 'utf8');

describe('the fields the supergraph marks @clinical', () => {
  it('are the health data and the reads joined with it, as the subgraphs declare them', () => {
    expect(clinicalFieldNames(SUPERGRAPH)).toEqual([
      'actCode',
      'decisionNote',
      'diagnosisCodes',
      'documents',
      'downloadUrl',
      'healthDocuments',
      'priorAuthorisation',
      'priorAuthorisations',
      'reason',
      'socialDocuments',
      'socialSupportThisYear',
      'solidarityCandidates',
    ]);
  });

  it('decide which operations are clinical, by any field so named, and nothing else', () => {
    const clinical = new ClinicalFields();
    clinical.update(SUPERGRAPH);
    expect(clinical.readBy('query { claim(id: "1") { diagnosisCodes } }')).toBe(true);
    expect(clinical.readBy('query { claim(id: "1") { lines { actCode } } }')).toBe(true);
    expect(
      clinical.readBy('fragment F on Officer { healthDocuments { id } } query { officer(matricule: "1") { ...F } }'),
    ).toBe(true);
    expect(clinical.readBy('query { region(code: "FES") { healthAttention { overdueClaims } } }')).toBe(false);
    // A name inside a longer one is another field.
    expect(clinical.readBy('query { claim(id: "1") { rejectionReason } }')).toBe(false);
  });

  it('follow a new supergraph: a field marked there is clinical at once', () => {
    const clinical = new ClinicalFields();
    clinical.update(SUPERGRAPH);
    const overdue = 'query { region(code: "FES") { healthAttention { overdueClaims } } }';
    expect(clinical.readBy(overdue)).toBe(false);
    clinical.update(SUPERGRAPH.replace(/(\n\s+overdueClaims: Int!)/, '$1 @clinical'));
    expect(clinical.readBy(overdue)).toBe(true);
  });

  it('count every operation as clinical before a supergraph is loaded, or when it marks nothing', () => {
    const clinical = new ClinicalFields();
    expect(clinical.readBy('query { region(code: "FES") { code } }')).toBe(true);
    expect(clinical.update(SUPERGRAPH.replace(/(?<!directive) @clinical\b/g, ''))).toEqual([]);
    expect(clinical.readBy('query { region(code: "FES") { code } }')).toBe(true);
  });
});
