import type { ReactNode } from 'react';
import type { GraphQLErrorShape } from './graphql';
import type { MessageKey } from './i18n';
import { describeActionError, fieldLabelKey } from './queueErrors';
import { useSession } from './session';

/** The message a user sees for an error code: what happened, not a stack. */
const messages: Record<string, MessageKey> = { FORBIDDEN: 'forbidden', NOT_FOUND: 'notFound', SUBGRAPH_UNAVAILABLE: 'serviceUnavailable' };

/** The message a user sees for an error code: what happened, not a stack. */
export function messageKeyFor(error: GraphQLErrorShape): MessageKey | null {
  const code = error.extensions?.code;
  return code !== undefined && Object.hasOwn(messages, code) ? messages[code] : null;
}

export function ErrorMessage({ errors, testId = 'error' }: { errors: readonly GraphQLErrorShape[]; testId?: string }) {
  const { t } = useSession();
  if (errors.length === 0) return null;
  const error = errors[0];
  const key = messageKeyFor(error);
  return (
    <div className="error" role="alert" data-testid={testId} data-code={error.extensions?.code ?? ''}>
      {key ? t(key) : `${t('error')}: ${error.message}`}
      {error.extensions?.code ? <span className="error-code"> ({error.extensions.code})</span> : null}
    </div>
  );
}

export function Failure({ message }: { message: string }) {
  const { t } = useSession();
  return (
    <div className="error" role="alert" data-testid="error">
      {t('error')}: {message}
    </div>
  );
}

export function Loading() {
  const { t } = useSession();
  return <p className="loading">{t('loading')}</p>;
}

/** One figure, with its raw value in data-value for tests and tools. */
export function Figure({ label, value, raw, testId }: { label: string; value: ReactNode; raw: string | number | null; testId: string }) {
  return (
    <div className="figure">
      <div className="figure-label">{label}</div>
      <div className="figure-value" data-testid={testId} data-value={raw ?? ''}>
        {value}
      </div>
    </div>
  );
}

/** A name in both scripts: Latin first, Arabic beside it. */
export function BothScripts({ fr, ar }: { fr: string; ar: string | null | undefined }) {
  return (
    <span className="both-scripts">
      <span lang="fr">{fr}</span>
      {ar ? (
        <>
          {' · '}
          <span lang="ar" dir="rtl">
            {ar}
          </span>
        </>
      ) : null}
    </span>
  );
}

/** A refused action, in words: what happened, the field the API named, and the code. */
export function ActionError({ error, subject, testId, onReload }: { error: GraphQLErrorShape; subject: 'claim' | 'application'; testId: string; onReload?: () => void }) {
  const { t } = useSession();
  const text = describeActionError(error, subject);
  const fieldKey = text.field ? fieldLabelKey(text.field) : null;
  return (
    <div className="error" role="alert" data-testid={testId} data-code={text.code} data-field={text.field ?? ''}>
      {t(text.key)}
      {text.field ? ` (${t('field')} : ${fieldKey ? t(fieldKey) : text.field})` : null}
      {text.detail ? ` — ${text.detail}` : null}
      <span className="error-code"> ({text.code})</span>
      {text.code === 'CONFLICT' && onReload ? (
        <>
          {' '}
          <button type="button" data-testid="reload-queue" onClick={onReload}>
            {t('reload')}
          </button>
        </>
      ) : null}
    </div>
  );
}
