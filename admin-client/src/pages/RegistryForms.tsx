import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { AttachSocialDocuments } from '../documents';
import { ageOn } from '../eligibility';
import { MutationForm, orNull, refused, type Field, type Values } from '../forms';
import {
  AddDependentDocument,
  ChangeOfficerStatusDocument,
  EndDependentLinkDocument,
  RegionListDocument,
  RegisterOfficerDocument,
  TransferOfficerDocument,
  type TransferOfficerMutation,
  UpdateDependentDocument,
  DependentLinkEndReason,
  DependentRelation,
  type OfficerFileQuery,
  OfficerStatus,
  Rank,
} from '../gql/graphql';
import { useFormat } from '../intl';
import { useOperation, useSession } from '../session';

type FileOfficer = NonNullable<OfficerFileQuery['officer']>;

/** Every value of the schema's enums, in the schema's order (ranks by seniority). */
const RANKS = Object.values(Rank);
const END_STATUSES = Object.values(OfficerStatus).filter((status) => status !== OfficerStatus.Active);
const RELATIONS = Object.values(DependentRelation);
const END_REASONS = Object.values(DependentLinkEndReason);
const MATRICULE = /^[A-Za-z0-9]{3,20}$/;

/** The regions to choose from: the caller's own for a regional agent, all of them for the national administration. */
function useRegionOptions(): { value: string; label: string }[] {
  const { regionChoices } = useFormat();
  const { claims } = useSession();
  const regions = useOperation(RegionListDocument, {}).result?.data?.regions ?? [];
  return regionChoices(regions.filter((r) => claims?.region == null || r.code === claims.region));
}

const names: Field[] = [
  { name: 'firstNameLatin', label: 'field.firstNameLatin', required: true, max: 100 },
  { name: 'lastNameLatin', label: 'field.lastNameLatin', required: true, max: 100 },
  { name: 'firstNameAr', label: 'field.firstNameAr', required: true, max: 100 },
  { name: 'lastNameAr', label: 'field.lastNameAr', required: true, max: 100 },
];
const nameInput = (v: Values) => ({
  firstNameLatin: v.firstNameLatin.trim(),
  lastNameLatin: v.lastNameLatin.trim(),
  firstNameAr: v.firstNameAr.trim(),
  lastNameAr: v.lastNameAr.trim(),
});

/** Registering a new officer (the national administration, or the foundation agent of the officer's region). */
export function RegisterOfficerForm() {
  const { t, label, fullNameOf } = useFormat();
  const regions = useRegionOptions();
  return (
    <MutationForm
      testId="register-officer"
      title="registerOfficerTitle"
      fields={[
        { name: 'matricule', label: 'field.matricule', required: true, max: 20 },
        ...names,
        {
          name: 'rank',
          label: 'field.rank',
          kind: 'select',
          required: true,
          options: RANKS.map((r) => ({ value: r, label: label('Rank', r) })),
        },
        { name: 'regionCode', label: 'field.regionCode', kind: 'select', required: true, options: regions },
        { name: 'birthDate', label: 'field.birthDate', kind: 'date', required: true },
        { name: 'serviceStartDate', label: 'field.serviceStartDate', kind: 'date', required: true },
      ]}
      validate={(v) => {
        if (!MATRICULE.test(v.matricule.trim()))
          return refused('matricule', 'The matricule is 3 to 20 letters and digits.');
        if (ageOn(v.birthDate, v.serviceStartDate) < 18)
          return refused('serviceStartDate', 'Service starts at 18 years of age or later.');
        return null;
      }}
      document={RegisterOfficerDocument}
      variables={(v, idempotencyKey) => ({
        input: {
          matricule: v.matricule.trim(),
          ...nameInput(v),
          rank: v.rank as Rank,
          regionCode: v.regionCode,
          birthDate: v.birthDate,
          serviceStartDate: v.serviceStartDate,
          idempotencyKey,
        },
      })}
      success={(data) => (
        <>
          {t('officerRegistered', { name: fullNameOf(data.registerOfficer) })}{' '}
          <Anchor
            component={Link}
            to={`/officers/${encodeURIComponent(data.registerOfficer.matricule)}`}
            data-testid="register-officer-link"
          >
            {t('openFile')}
          </Anchor>
        </>
      )}
    />
  );
}

/** The registry's changes to one officer's file: transfer, retirement or death, and the family. */
export function RegistryForms({
  officer,
  onTransferred,
}: {
  officer: FileOfficer;
  /** The region an officer was just transferred to (a regional agent then no longer reads the file). */
  onTransferred: (region: TransferOfficerMutation['transferOfficer']['toRegion']) => void;
}) {
  const { t, label, nameOf, fullNameOf, regionChoices } = useFormat();
  const { reload, claims } = useSession();
  const regions = useOperation(RegionListDocument, {}).result?.data?.regions ?? [];
  const linked = officer.dependents.filter((d) => !d.linkEndedOn);
  const dependentOptions = linked.map((d) => ({
    value: d.id,
    label: `${fullNameOf(d)} (${label('DependentRelation', d.relation)})`,
  }));
  const versionOf = (id: string) => linked.find((d) => d.id === id)?.version ?? 0;
  const active = officer.status === 'ACTIVE';
  return (
    <>
      {active ? (
        <MutationForm
          testId="transfer"
          title="transferTitle"
          fields={[
            // An agent sends an officer anywhere, not only to their own region.
            {
              name: 'toRegionCode',
              label: 'field.toRegionCode',
              kind: 'select',
              required: true,
              options: regionChoices(regions.filter((r) => r.code !== officer.region.code)),
            },
            { name: 'effectiveDate', label: 'field.effectiveDate', kind: 'date', required: true },
          ]}
          document={TransferOfficerDocument}
          variables={(v) => ({
            input: {
              matricule: officer.matricule,
              toRegionCode: v.toRegionCode,
              effectiveDate: v.effectiveDate,
              expectedVersion: officer.version,
            },
          })}
          onReload={reload}
          onDone={(data) => onTransferred(data.transferOfficer.toRegion)}
          success={(data) => (
            <>
              {t('officerTransferred', { region: nameOf(data.transferOfficer.toRegion) })}{' '}
              {data.transferOfficer.officer && claims?.region == null ? (
                <Anchor component={Link} to={`/officers/${encodeURIComponent(officer.matricule)}`}>
                  {t('openFile')}
                </Anchor>
              ) : null}
            </>
          )}
        />
      ) : null}
      {active ? (
        <MutationForm
          testId="officer-status"
          title="statusTitle"
          fields={[
            {
              name: 'status',
              label: 'field.status',
              kind: 'select',
              required: true,
              options: END_STATUSES.map((s) => ({ value: s, label: label('OfficerStatus', s) })),
            },
            { name: 'effectiveDate', label: 'field.effectiveDate', kind: 'date', required: true },
          ]}
          document={ChangeOfficerStatusDocument}
          variables={(v) => ({
            input: {
              matricule: officer.matricule,
              status: v.status as OfficerStatus,
              effectiveDate: v.effectiveDate,
              expectedVersion: officer.version,
            },
          })}
          onReload={reload}
          success={(data) => t('statusChanged', { status: label('OfficerStatus', data.changeOfficerStatus.status) })}
        />
      ) : null}
      <MutationForm
        testId="add-dependent"
        title="addDependentTitle"
        fields={[
          {
            name: 'relation',
            label: 'field.relation',
            kind: 'select',
            required: true,
            options: RELATIONS.map((r) => ({ value: r, label: label('DependentRelation', r) })),
          },
          ...names,
          { name: 'birthDate', label: 'field.birthDate', kind: 'date', required: true },
          { name: 'studentCertificate.validFrom', label: 'field.studentCertificate.validFrom', kind: 'date' },
          { name: 'studentCertificate.validUntil', label: 'field.studentCertificate.validUntil', kind: 'date' },
          { name: 'disabled', label: 'field.disabled', kind: 'checkbox' },
        ]}
        validate={certificateRefusal}
        document={AddDependentDocument}
        variables={(v, idempotencyKey) => ({
          input: {
            matricule: officer.matricule,
            relation: v.relation as DependentRelation,
            ...nameInput(v),
            birthDate: v.birthDate,
            studentCertificate: certificate(v),
            disabled: v.disabled === 'true',
            idempotencyKey,
          },
        })}
        success={(data) => (
          <>
            {t('dependentAdded', { name: fullNameOf(data.addDependent) })}{' '}
            <Anchor href={`#dependent-${data.addDependent.id}`}>{t('seeDependent')}</Anchor>
            <AttachSocialDocuments record={{ kind: 'DEPENDENT', id: data.addDependent.id }} />
          </>
        )}
      />
      {/* Kept once the last link has ended, so the form still says it did. */}
      {officer.dependents.length > 0 ? (
        <>
          <MutationForm
            testId="update-dependent"
            title="updateDependentTitle"
            fields={[
              {
                name: 'dependentId',
                label: 'field.dependentId',
                kind: 'select',
                required: true,
                options: dependentOptions,
              },
              { name: 'studentCertificate.validFrom', label: 'field.studentCertificate.validFrom', kind: 'date' },
              { name: 'studentCertificate.validUntil', label: 'field.studentCertificate.validUntil', kind: 'date' },
              { name: 'disabled', label: 'field.disabled', kind: 'checkbox' },
              { name: 'effectiveDate', label: 'field.effectiveDate', kind: 'date' },
            ]}
            validate={certificateRefusal}
            document={UpdateDependentDocument}
            variables={(v) => ({
              input: {
                dependentId: v.dependentId,
                studentCertificate: certificate(v),
                disabled: v.disabled === 'true',
                effectiveDate: orNull(v.effectiveDate),
                expectedVersion: versionOf(v.dependentId),
              },
            })}
            onReload={reload}
            success={(data) => (
              <>
                {t('dependentUpdated', { name: fullNameOf(data.updateDependent) })}
                <AttachSocialDocuments record={{ kind: 'DEPENDENT', id: data.updateDependent.id }} />
              </>
            )}
          />
          <MutationForm
            testId="end-link"
            title="endLinkTitle"
            fields={[
              {
                name: 'dependentId',
                label: 'field.dependentId',
                kind: 'select',
                required: true,
                options: dependentOptions,
              },
              { name: 'endedOn', label: 'field.endedOn', kind: 'date', required: true },
              {
                name: 'reason',
                label: 'field.endReason',
                kind: 'select',
                required: true,
                options: END_REASONS.map((r) => ({ value: r, label: label('DependentLinkEndReason', r) })),
              },
            ]}
            document={EndDependentLinkDocument}
            variables={(v) => ({
              input: {
                dependentId: v.dependentId,
                endedOn: v.endedOn,
                reason: v.reason as DependentLinkEndReason,
                expectedVersion: versionOf(v.dependentId),
              },
            })}
            onReload={reload}
            success={(data) => t('linkEnded', { name: fullNameOf(data.endDependentLink) })}
          />
        </>
      ) : null}
    </>
  );
}

/** A student certificate is both dates or none, the first before the second. */
function certificateRefusal(v: Values) {
  const from = v['studentCertificate.validFrom'];
  const until = v['studentCertificate.validUntil'];
  if (!from && !until) return null;
  if (!from) return refused('studentCertificate.validFrom', 'A student certificate has a first day.');
  if (!until || until < from)
    return refused('studentCertificate.validUntil', 'A student certificate ends after it starts.');
  return null;
}

function certificate(v: Values) {
  const from = v['studentCertificate.validFrom'];
  const until = v['studentCertificate.validUntil'];
  return from && until ? { validFrom: from, validUntil: until } : null;
}
