import { Alert, Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { duplicateRefusal, liveApplicationFor } from '../applications';
import { AttachSocialDocuments } from '../documents';
import { candidateOf, refusingRule, type Candidate } from '../eligibility';
import { MutationForm, refused, type Values } from '../forms';
import {
  OpenCampaignsDocument,
  SubmitApplicationDocument,
  WithdrawApplicationDocument,
  type OfficerFileQuery,
  type OpenCampaignsQuery,
} from '../gql/graphql';
import type { GraphQLErrorShape } from '../graphql';
import { useFormat } from '../intl';
import { hasMessage } from '../messages/ids';
import { ReceiptLink } from '../references';
import { useOperation, useSession } from '../session';
import { todayUtc } from '../calendar';

type FileOfficer = NonNullable<OfficerFileQuery['officer']>;
type OpenCampaign = OpenCampaignsQuery['campaigns'][number];

function ruleRefusal(campaign: OpenCampaign | undefined, candidate: Candidate | null): GraphQLErrorShape | null {
  const rule = campaign && candidate ? refusingRule(campaign, candidate) : null;
  return rule ? { message: `Not eligible (${rule}).`, extensions: { code: 'NOT_ELIGIBLE', rule } } : null;
}

/**
 * Applying to an open campaign, for the officer or a dependent: the officer
 * from their space, the region's foundation agent from the officer's file.
 * The campaign rule that would refuse the beneficiary, or the application
 * the beneficiary already has in the campaign, is said before sending.
 */
export function ApplyForm({ officer }: { officer: FileOfficer }) {
  const { t, campaignOf, fullNameOf, list, label, money, date } = useFormat();
  const campaigns = useOperation(OpenCampaignsDocument, { openOn: todayUtc() }).result?.data?.campaigns ?? [];
  const [values, setValues] = useState<Values>({});
  if (campaigns.length === 0) {
    return (
      <Text my="sm" data-testid="no-open-campaign">
        {t('noOpenCampaign')}
      </Text>
    );
  }
  const people = [
    { value: '', label: `${fullNameOf(officer)} (${t('self')})` },
    ...officer.dependents
      .filter((d) => !d.linkEndedOn)
      .map((d) => ({ value: d.id, label: `${fullNameOf(d)} (${label('DependentRelation', d.relation)})` })),
  ];
  const campaignOptions = campaigns.map((c) => ({
    value: c.id,
    label: `${campaignOf(c)} · ${money(c.benefitAmount)}`,
  }));
  const chosen = campaigns.find((c) => c.id === (values.campaignId ?? campaigns[0].id));
  const existing = (campaignId: string | undefined, dependentId: string | undefined) =>
    campaignId ? liveApplicationFor(officer.applications ?? [], campaignId, dependentId ?? '') : null;
  const already = existing(chosen?.id, values.dependentId);
  const warning = ruleRefusal(chosen, candidateOf(officer, values.dependentId ?? ''));
  const rule = warning?.extensions?.rule;
  const ruleWords = (name: string) => {
    const id = `rule.${name}`;
    return hasMessage(id) ? t(id) : name;
  };
  return (
    <MutationForm
      testId="apply"
      title="applyTitle"
      submitLabel="applySubmit"
      fields={[
        { name: 'campaignId', label: 'campaign', kind: 'select', required: true, options: campaignOptions },
        { name: 'dependentId', label: 'beneficiary', kind: 'select', options: people },
      ]}
      onValues={setValues}
      validate={(v) =>
        (existing(v.campaignId, v.dependentId) ? duplicateRefusal() : null) ??
        ruleRefusal(
          campaigns.find((c) => c.id === v.campaignId),
          candidateOf(officer, v.dependentId),
        ) ??
        (v.campaignId ? null : refused('campaignId', 'campaignId is required.'))
      }
      document={SubmitApplicationDocument}
      variables={(v, idempotencyKey) => ({
        input: {
          campaignId: v.campaignId,
          matricule: officer.matricule,
          dependentId: v.dependentId || null,
          idempotencyKey,
        },
      })}
      success={(data) => (
        <>
          <span data-testid="apply-outcome" data-reference={data.submitApplication.reference}>
            {t('applicationSubmitted', {
              reference: data.submitApplication.reference,
              status: label('ApplicationStatus', data.submitApplication.status),
            })}
          </span>{' '}
          <Anchor
            href={`#application-${data.submitApplication.id}`}
            data-testid="apply-link"
            data-id={data.submitApplication.id}
          >
            {t('seeApplication')}
          </Anchor>{' '}
          ·{' '}
          <ReceiptLink kind="application" reference={data.submitApplication.reference}>
            {t('receiptPrint')}
          </ReceiptLink>
          <AttachSocialDocuments record={{ kind: 'APPLICATION', id: data.submitApplication.id }} />
        </>
      )}
    >
      {chosen ? (
        <Text size="sm" c="dimmed" data-testid="campaign-terms">
          {t('campaignPeriod', { opens: date(chosen.opensOn), closes: date(chosen.closesOn) })} ·{' '}
          {list(chosen.eligibility.beneficiaryKinds.map((k) => label('BeneficiaryKind', k)))}
        </Text>
      ) : null}
      {already ? (
        <Alert color="yellow" p="xs" data-testid="duplicate-warning" data-id={already.id}>
          {t('error.CONFLICT.DUPLICATE_APPLICATION')}{' '}
          <Anchor href={`#application-${already.id}`} data-testid="duplicate-link">
            {t('seeApplication')}
          </Anchor>{' '}
          ({label('ApplicationStatus', already.status)})
        </Alert>
      ) : typeof rule === 'string' ? (
        <Alert color="yellow" p="xs" data-testid="eligibility-warning" data-rule={rule}>
          {t('error.NOT_ELIGIBLE')} — {ruleWords(rule)}
        </Alert>
      ) : null}
    </MutationForm>
  );
}

/** Withdrawing one of the file's applications not yet paid, with the reason (the officer, the region's agent or head). */
export function WithdrawForm({ officer }: { officer: FileOfficer }) {
  const { t, campaignOf, fullNameOf, label } = useFormat();
  const { reload } = useSession();
  const applications = officer.applications ?? [];
  const open = applications.filter((a) => !['PAID', 'WITHDRAWN', 'REJECTED'].includes(a.status));
  // Kept once the last open application is withdrawn, so the form still says it was.
  if (applications.length === 0) return null;
  const options = open.map((a) => ({
    value: a.id,
    // The campaign already has its dash ("Aide au logement — 2026"): the rest goes after a dot and in brackets.
    label: `${campaignOf(a.campaign)} · ${fullNameOf(a.dependent ?? officer)} (${label('ApplicationStatus', a.status)})`,
  }));
  return (
    <MutationForm
      testId="withdraw"
      title="withdrawTitle"
      submitLabel="withdrawSubmit"
      fields={[
        { name: 'applicationId', label: 'application', kind: 'select', required: true, options },
        { name: 'reason', label: 'field.reason', kind: 'textarea', required: true, max: 500 },
      ]}
      document={WithdrawApplicationDocument}
      variables={(v) => ({
        input: {
          applicationId: v.applicationId,
          reason: v.reason.trim(),
          expectedVersion: open.find((a) => a.id === v.applicationId)?.version ?? 0,
        },
      })}
      onReload={reload}
      success={(data) => (
        <>
          {t('applicationWithdrawn')}{' '}
          <Anchor href={`#application-${data.withdrawApplication.withdrawn.id}`} data-testid="withdraw-link">
            {t('seeApplication')}
          </Anchor>
        </>
      )}
    />
  );
}
