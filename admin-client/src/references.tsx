import { Alert, Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, Failure, Loading } from './components';
import {
  ApplicationReceiptDocument,
  ClaimReceiptDocument,
  type ApplicationReceiptQuery,
  type ClaimReceiptQuery,
} from './gql/graphql';
import { useFormat } from './intl';
import { receiptPath, type ReferenceKind } from './navigation';
import { useOperation, type QueryState } from './session';

/** A link to the receipt of a claim or an application, to print it at the counter or again later. */
export function ReceiptLink({
  kind,
  reference,
  children,
}: {
  kind: ReferenceKind;
  reference: string;
  children: ReactNode;
}) {
  return (
    <Anchor component={Link} to={receiptPath(kind, reference)} size="sm" data-testid="receipt-link">
      {children}
    </Anchor>
  );
}

/**
 * What a query for one record by its printed reference answered: the record
 * (given to `children`), the API's refusal, or `notFound`'s words when no
 * record has the reference. A reference the API refuses as input (longer
 * than any reference) is one no record has, and is said so.
 */
function ByReference<TData, TRecord>({
  state,
  record,
  notFound,
  notFoundTestId,
  children,
}: {
  state: QueryState<TData>;
  record: (data: TData) => TRecord | null | undefined;
  notFound: string;
  notFoundTestId: string;
  children: (found: TRecord) => ReactNode;
}) {
  if (state.loading) return <Loading />;
  if (state.failure !== undefined) return <Failure message={state.failure} />;
  const found = state.result.data ? record(state.result.data) : null;
  if (found) return children(found);
  const refused = state.result.errors.filter(
    (error) => !(error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.field === 'reference'),
  );
  return refused.length > 0 ? (
    <ErrorMessage errors={refused} />
  ) : (
    <Alert color="yellow" role="alert" data-testid={notFoundTestId} my="md">
      {notFound}
    </Alert>
  );
}

/** A claim as its receipt shows it (`ClaimReceipt`: nothing clinical). */
export type ReceiptClaim = NonNullable<ClaimReceiptQuery['claimByReference']>;

/** An application as its receipt shows it (`ApplicationReceipt`). */
export type ReceiptApplication = NonNullable<ApplicationReceiptQuery['applicationByReference']>;

interface FoundProps<TRecord> {
  reference: string;
  notFoundTestId: string;
  children: (found: TRecord) => ReactNode;
}

/**
 * The claim a reference names (the receipt's page, a search by reference),
 * read once and handed to `children`; a refusal, a failure, and a reference
 * no claim has are each said in words.
 */
export function ClaimByReference({ reference, notFoundTestId, children }: FoundProps<ReceiptClaim>) {
  const { t } = useFormat();
  return (
    <ByReference
      state={useOperation(ClaimReceiptDocument, { reference })}
      record={(data) => data.claimByReference}
      notFound={t('receiptNotFound', { reference })}
      notFoundTestId={notFoundTestId}
    >
      {children}
    </ByReference>
  );
}

/** The application a reference names, as ClaimByReference finds a claim. */
export function ApplicationByReference({ reference, notFoundTestId, children }: FoundProps<ReceiptApplication>) {
  const { t } = useFormat();
  return (
    <ByReference
      state={useOperation(ApplicationReceiptDocument, { reference })}
      record={(data) => data.applicationByReference}
      notFound={t('applicationReceiptNotFound', { reference })}
      notFoundTestId={notFoundTestId}
    >
      {children}
    </ByReference>
  );
}
