import { Anchor, Button, Group, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../components';
import { AttachClaimDocuments } from '../documents';
import { MutationForm, refused, type Field, type Values } from '../forms';
import {
  DecidePriorAuthorisationDocument,
  OfficerFileDocument,
  RegionFacilitiesDocument,
  RequestPriorAuthorisationDocument,
  SubmitClaimDocument,
  type CareType,
} from '../gql/graphql';
import { useFormat } from '../intl';
import { useOperation, useSession } from '../session';

const CARE_TYPES: readonly CareType[] = [
  'CONSULTATION',
  'DENTAL',
  'OPTICAL',
  'PHARMACY',
  'LABORATORY',
  'IMAGING',
  'HOSPITALISATION',
  'PHYSIOTHERAPY',
];
/** Lines a claim form offers; a claim with more is entered by the API's other clients. */
const LINE_SLOTS = [0, 1, 2] as const;
// The API's own patterns (mutual-service adjudication), checked before sending.
const ICD10 = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/;
const ACT_CODE = /^[A-Z0-9]{1,12}$/;

// Named as the API names them in a refusal (lines.0.actCode), so its refusal highlights the field.
const lineFields: Field[] = LINE_SLOTS.flatMap((n) => [
  { name: `lines.${n}.actCode`, label: 'field.lines.actCode', max: 12 },
  { name: `lines.${n}.quantity`, label: 'field.lines.quantity', kind: 'number' },
  { name: `lines.${n}.unitPrice`, label: 'field.lines.unitPrice', kind: 'money' },
]);

/** The claim lines filled in, or the refusal the API would give: at least one, each with an act, a quantity and a price. */
function claimLines(
  v: Values,
): { actCode: string; quantity: number; unitPrice: string }[] | { error: ReturnType<typeof refused> } {
  const lines = [];
  for (const n of LINE_SLOTS) {
    const act = (v[`lines.${n}.actCode`] ?? '').trim().toUpperCase();
    const quantity = v[`lines.${n}.quantity`] ?? '';
    const price = v[`lines.${n}.unitPrice`] ?? '';
    if (!act && !quantity && !price) continue;
    // Filled in order, so a line's place is the one the API names in a refusal.
    if (lines.length !== n) return { error: refused(`lines.${lines.length}.actCode`, 'Lines are filled in order.') };
    if (!ACT_CODE.test(act))
      return { error: refused(`lines.${n}.actCode`, 'An act code is 1 to 12 capital letters or digits.') };
    if (!(Number.isInteger(Number(quantity)) && Number(quantity) >= 1))
      return { error: refused(`lines.${n}.quantity`, 'A line has a quantity of 1 or more.') };
    if (!(Number(price) > 0)) return { error: refused(`lines.${n}.unitPrice`, 'A line has a price above zero.') };
    lines.push({ actCode: act, quantity: Number(quantity), unitPrice: Number(price).toFixed(2) });
  }
  return lines.length > 0 ? lines : { error: refused('lines.0.actCode', 'A claim has at least one line.') };
}

const diagnoses = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);

/** The family of one officer of the region, found by matricule: who care can be for. */
function useBeneficiaries(matricule: string) {
  const { t, label } = useFormat();
  const state = useOperation(OfficerFileDocument, { matricule, withApplications: false }, matricule === '');
  const officer = state.result?.data?.officer ?? null;
  const options = officer
    ? [
        { value: officer.matricule, label: `${officer.fullName} (${t('self')})` },
        ...officer.dependents
          .filter((d) => !d.linkEndedOn)
          .map((d) => ({ value: d.id, label: `${d.fullName} (${label('DependentRelation', d.relation)})` })),
      ]
    : [];
  return { officer, options, errors: state.result?.errors ?? [] };
}

/** The mutual agent's entry work: claims with their lines (the automatic checks answer at once) and prior authorisation requests. */
export function HealthWork() {
  const { t, label, money } = useFormat();
  const { claims } = useSession();
  const [typed, setTyped] = useState('');
  const [matricule, setMatricule] = useState('');
  const { officer, options, errors } = useBeneficiaries(matricule);
  const facilities =
    useOperation(RegionFacilitiesDocument, { code: claims?.region ?? '' }, !claims?.region).result?.data?.region
      ?.facilities ?? [];
  const providers = facilities.map((p) => ({
    value: p.id,
    label: `${p.name} — ${p.city} (${label('ProviderKind', p.kind)})`,
  }));
  const find = (event: FormEvent) => {
    event.preventDefault();
    setMatricule(typed.trim());
  };
  return (
    <>
      <Title order={2} my="md">
        {t('navHealthWork')}
      </Title>
      <Group component="form" onSubmit={find} align="end" role="search">
        <TextInput
          label={t('field.matricule')}
          data-testid="beneficiary-matricule"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />
        <Button type="submit" data-testid="beneficiary-find">
          {t('search')}
        </Button>
      </Group>
      <ErrorMessage errors={errors} testId="beneficiary-error" />
      {officer ? (
        <>
          <Text my="sm" data-testid="beneficiary-family">
            <Anchor component={Link} to={`/officers/${encodeURIComponent(officer.matricule)}`}>
              {officer.fullName}
            </Anchor>
          </Text>
          <MutationForm
            key={`claim-${officer.matricule}`}
            testId="submit-claim"
            title="submitClaimTitle"
            fields={[
              { name: 'beneficiaryId', label: 'field.beneficiaryId', kind: 'select', required: true, options },
              {
                name: 'careType',
                label: 'field.careType',
                kind: 'select',
                required: true,
                options: CARE_TYPES.map((c) => ({ value: c, label: label('CareType', c) })),
              },
              { name: 'providerId', label: 'field.providerId', kind: 'select', required: true, options: providers },
              { name: 'careStartDate', label: 'field.careStartDate', kind: 'date', required: true },
              { name: 'careEndDate', label: 'field.careEndDate', kind: 'date', required: true },
              { name: 'diagnosisCodes', label: 'field.diagnosisCodes', required: true, max: 200 },
              ...lineFields,
            ]}
            validate={(v) => {
              if (v.careEndDate < v.careStartDate)
                return refused('careEndDate', 'Care ends on or after its first day.');
              if (!diagnoses(v.diagnosisCodes).every((c) => ICD10.test(c)))
                return refused('diagnosisCodes', 'Diagnoses are ICD-10 codes, such as J06.9.');
              const lines = claimLines(v);
              return 'error' in lines ? lines.error : null;
            }}
            document={SubmitClaimDocument}
            variables={(v, idempotencyKey) => {
              const lines = claimLines(v);
              return {
                input: {
                  beneficiaryId: v.beneficiaryId,
                  providerId: v.providerId,
                  careType: v.careType as CareType,
                  careStartDate: v.careStartDate,
                  careEndDate: v.careEndDate,
                  diagnosisCodes: diagnoses(v.diagnosisCodes),
                  lines: 'error' in lines ? [] : lines,
                  idempotencyKey,
                },
              };
            }}
            success={(data) => (
              <>
                <span
                  data-testid="claim-outcome"
                  data-status={data.submitClaim.status}
                  data-reference={data.submitClaim.reference}
                >
                  {t('claimEntered', {
                    reference: data.submitClaim.reference,
                    amount: money(data.submitClaim.amountClaimed),
                    status: label('ClaimStatus', data.submitClaim.status),
                  })}
                  {data.submitClaim.rejectionCode
                    ? ` — ${label('RejectionCode', data.submitClaim.rejectionCode)}`
                    : null}{' '}
                  <Anchor component={Link} to={`/officers/${encodeURIComponent(officer.matricule)}`}>
                    {t('openFile')}
                  </Anchor>
                </span>
                <AttachClaimDocuments claimId={data.submitClaim.id} />
              </>
            )}
          />
          <MutationForm
            key={`pa-${officer.matricule}`}
            testId="request-prior-authorisation"
            title="priorAuthorisationTitle"
            fields={[
              { name: 'beneficiaryId', label: 'field.beneficiaryId', kind: 'select', required: true, options },
              { name: 'providerId', label: 'field.providerId', kind: 'select', required: true, options: providers },
              { name: 'plannedDate', label: 'field.plannedDate', kind: 'date', required: true },
              { name: 'reason', label: 'field.reason', kind: 'textarea', required: true, max: 2000 },
            ]}
            document={RequestPriorAuthorisationDocument}
            variables={(v, idempotencyKey) => ({
              beneficiaryId: v.beneficiaryId,
              providerId: v.providerId,
              plannedDate: v.plannedDate,
              reason: v.reason.trim(),
              idempotencyKey,
            })}
            success={(data) => (
              <span data-testid="prior-authorisation-outcome" data-id={data.requestPriorAuthorisation.id}>
                {t('priorAuthorisationRequested', {
                  id: data.requestPriorAuthorisation.id,
                  status: label('PriorAuthorisationStatus', data.requestPriorAuthorisation.status),
                })}
              </span>
            )}
          />
        </>
      ) : null}
    </>
  );
}

/**
 * The medical advisor's decision on a prior authorisation, by its number (the
 * API has no list of them to read). Only a REQUESTED one, never changed since
 * (its first version), can be decided: one already decided is a CONFLICT.
 */
export function PriorAuthorisationDecision() {
  const { t, label } = useFormat();
  return (
    <>
      <Title order={2} my="md">
        {t('navPriorAuthorisations')}
      </Title>
      <MutationForm
        testId="decide-prior-authorisation"
        title="decidePriorAuthorisationTitle"
        fields={[
          { name: 'id', label: 'field.priorAuthorisationId', required: true, max: 100 },
          {
            name: 'grant',
            label: 'field.grant',
            kind: 'select',
            required: true,
            options: [
              { value: 'true', label: label('PriorAuthorisationStatus', 'GRANTED') },
              { value: 'false', label: label('PriorAuthorisationStatus', 'REFUSED') },
            ],
          },
          { name: 'note', label: 'field.note', kind: 'textarea', max: 2000 },
        ]}
        document={DecidePriorAuthorisationDocument}
        variables={(v) => ({ id: v.id.trim(), version: 1, grant: v.grant === 'true', note: v.note.trim() || null })}
        success={(data) => (
          <span data-testid="prior-authorisation-decided" data-status={data.decidePriorAuthorisation.status}>
            {t('priorAuthorisationDecided', {
              id: data.decidePriorAuthorisation.id,
              status: label('PriorAuthorisationStatus', data.decidePriorAuthorisation.status),
            })}
          </span>
        )}
      />
    </>
  );
}
