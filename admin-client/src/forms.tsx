import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { OperationVariables } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ActionError } from './components';
import { dropDraft, readDraft, saveDraft } from './drafts';
import { UnauthenticatedError, type GraphQLErrorShape } from './graphql';
import { useFormat, type MessageId } from './intl';
import { useSession } from './session';

/** One input of a form; its value is a string ('true'/'' for a checkbox) until the form builds the variables. */
export interface Field {
  name: string;
  label: MessageId;
  kind?: 'text' | 'textarea' | 'date' | 'select' | 'search' | 'codes' | 'number' | 'money' | 'checkbox';
  required?: boolean;
  /** The longest text the API accepts. */
  max?: number;
  options?: readonly { value: string; label: string }[];
  initial?: string;
  /** Health data (law 09-08): never kept in a draft, so retyped after a session's end rather than stored in the browser. */
  clinical?: boolean;
  /** What choosing a value fills in other fields (an act's tariff in the line's price). */
  fills?: (value: string) => Values;
}

export type Values = Record<string, string>;

/** The codes of a 'codes' field's value (codes apart with spaces, commas or semicolons), in capitals. */
export const codesIn = (value: string): string[] =>
  value
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

/** A refusal said before sending, in the API's own shape, so it reads and highlights like the API's. */
export function refused(field: string, message: string): GraphQLErrorShape {
  return { message, extensions: { code: 'BAD_USER_INPUT', field } };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the API would refuse in the form's own fields: a required value missing, a text too long, a number or date that is not one. */
export function checkFields(fields: readonly Field[], values: Values): GraphQLErrorShape | null {
  for (const field of fields) {
    const value = (values[field.name] ?? '').trim();
    if (value === '') {
      if (field.required) return refused(field.name, `${field.name} is required.`);
      continue;
    }
    if (field.max !== undefined && value.length > field.max)
      return refused(field.name, `${field.name} is at most ${field.max} characters.`);
    if (field.kind === 'date' && !DATE.test(value)) return refused(field.name, `${field.name} is a date (yyyy-mm-dd).`);
    if ((field.kind === 'number' || field.kind === 'money') && !(Number(value) > 0))
      return refused(field.name, `${field.name} is more than zero.`);
  }
  return null;
}

/** A key for one submission: a retry of the same submission sends it again, so the API acts once. */
export const newIdempotencyKey = () => `client-${crypto.randomUUID()}`;

export interface MutationFormProps<TData, TVariables extends OperationVariables> {
  testId: string;
  title: MessageId;
  fields: readonly Field[];
  document: TypedDocumentNode<TData, TVariables>;
  /** The variables from the values, with the submission's idempotency key (for the mutations that take one). */
  variables: (values: Values, idempotencyKey: string) => TVariables;
  /** Checks across fields, after each field's own. */
  validate?: (values: Values) => GraphQLErrorShape | null;
  /** What was done, with a link to it. */
  success: (data: TData) => ReactNode;
  /** On CONFLICT (a stale version): read the record again. */
  onReload?: () => void;
  /** Once it succeeded, for a page that follows what was done (this form may have left the page by then). */
  onDone?: (data: TData) => void;
  submitLabel?: MessageId;
  /** Called with the values as shown, whenever they change (and once at first), for the parts that follow them (a preview). */
  onValues?: (values: Values) => void;
  /** What the form is about beyond its page (the family looked up, the campaign chosen): its draft is kept for that alone. */
  draftOf?: string;
  children?: ReactNode;
}

/**
 * A form for one mutation: each field checked before sending, the API's
 * refusal said in words with its field highlighted, the same idempotency key
 * for every retry of one submission (a new one once the values change or it
 * succeeded), a reload on CONFLICT, and what was done once it is.
 */
export function MutationForm<TData, TVariables extends OperationVariables>({
  testId,
  title,
  fields,
  document,
  variables,
  validate,
  success,
  onReload,
  onDone,
  submitLabel = 'send',
  onValues,
  draftOf = '',
  children,
}: MutationFormProps<TData, TVariables>) {
  const { request, claims } = useSession();
  const { t } = useFormat();
  const initial = Object.fromEntries(
    fields.map((f) => [f.name, f.initial ?? (f.kind === 'select' ? (f.options?.[0]?.value ?? '') : '')]),
  );
  // What was typed survives the session's end: the same user signing in again finds it, with its key.
  const place = `${useLocation().pathname}#${draftOf}`;
  const sub = claims?.sub ?? '';
  const [draft] = useState(() => readDraft(sub, place, testId));
  const clinicalFields = new Set(fields.filter((f) => f.clinical).map((f) => f.name));
  const [entered, setValues] = useState<Values>(() => ({ ...initial, ...draft?.values }));
  // A choice that left the list (the record it named has moved on) falls back to the list's first;
  // a search's (an act of another care type) to no choice.
  const values = Object.fromEntries(
    fields.map((f) => {
      const value = entered[f.name] ?? '';
      const listed = (f.options ?? []).some((o) => o.value === value);
      if (f.kind === 'select' && !listed) return [f.name, f.options?.[0]?.value ?? ''];
      if (f.kind === 'search' && !listed) return [f.name, ''];
      return [f.name, value];
    }),
  );
  const [key, setKey] = useState(() => draft?.key ?? newIdempotencyKey());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphQLErrorShape | null>(null);
  const [done, setDone] = useState<TData | null>(null);

  const change = (name: string, value: string, others: Values = {}) => {
    const next = { ...values, ...others, [name]: value };
    setValues(next);
    // Other values are another request: it gets its own key.
    const nextKey = newIdempotencyKey();
    setKey(nextKey);
    const kept = Object.fromEntries(Object.entries(next).filter(([name]) => !clinicalFields.has(name)));
    saveDraft(sub, place, testId, { values: kept, key: nextKey });
    setError(null);
  };

  // Whatever follows the values (a warning, a preview, the acts of a care type) follows them as shown: restored from
  // a draft, fallen back to a list's first choice, changed, or emptied once sent.
  const following = useRef(onValues);
  useEffect(() => {
    following.current = onValues;
  });
  const shown = JSON.stringify(values);
  useEffect(() => {
    following.current?.(JSON.parse(shown) as Values);
  }, [shown]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const refusal = checkFields(fields, values) ?? validate?.(values) ?? null;
    setError(refusal);
    if (refusal) return;
    setBusy(true);
    try {
      const result = await request(document, variables(values, key));
      if (result.data && result.errors.length === 0) {
        setDone(result.data);
        setValues(initial);
        setKey(newIdempotencyKey());
        dropDraft(sub, place, testId);
        onDone?.(result.data);
      } else setError(result.errors[0] ?? { message: 'no answer' });
    } catch (failure) {
      // A lost answer: the same key goes with the retry.
      if (!(failure instanceof UnauthenticatedError))
        setError({ message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  // The API names a list's item by its place (diagnosisCodes.2): the list's field is the one to mend.
  const invalid = (name: string) => {
    const field = error?.extensions?.field;
    return typeof field === 'string' && (field === name || field.startsWith(`${name}.`));
  };
  return (
    <Paper withBorder p="md" my="md" component="section" id={testId} data-testid={testId}>
      <Title order={3} size="h4" mb="sm">
        {t(title)}
      </Title>
      {done !== null ? (
        <Alert
          color="green"
          my="xs"
          data-testid={`${testId}-done`}
          // Its links one shade darker than elsewhere: the theme's blue is too light to read on the green (axe, 4.5:1).
          style={{ '--mantine-color-anchor': 'var(--mantine-color-blue-9)' }}
        >
          {success(done)}
        </Alert>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate data-idempotency-key={key}>
        <Stack gap="xs">
          {fields.map((field) => {
            const common = {
              label: t(field.label),
              required: field.required,
              'data-testid': `field-${field.name}`,
              name: field.name,
              disabled: busy,
              error: invalid(field.name) || undefined,
            };
            const value = values[field.name] ?? '';
            switch (field.kind) {
              case 'select':
                return (
                  <NativeSelect
                    key={field.name}
                    {...common}
                    value={value}
                    data={field.options ?? []}
                    onChange={(e) => change(field.name, e.currentTarget.value)}
                  />
                );
              case 'search':
                // A long list (the act tariff): typed to narrow it, picked with the arrows and Enter.
                return (
                  <Select
                    key={field.name}
                    {...common}
                    value={value || null}
                    data={field.options ?? []}
                    searchable
                    clearable
                    limit={50}
                    nothingFoundMessage={t('nothingFound')}
                    onChange={(v) => change(field.name, v ?? '', v ? field.fills?.(v) : undefined)}
                  />
                );
              case 'codes': {
                // Several codes (diagnoses), each picked by its words from the options or typed as a code: the value keeps the codes.
                const labelOf = new Map((field.options ?? []).map((o) => [o.value, o.label]));
                const codeOf = new Map((field.options ?? []).map((o) => [o.label, o.value]));
                return (
                  <TagsInput
                    key={field.name}
                    {...common}
                    value={codesIn(value).map((code) => labelOf.get(code) ?? code)}
                    data={[...labelOf.values()]}
                    limit={50}
                    clearable
                    onChange={(tags) => change(field.name, tags.map((tag) => codeOf.get(tag) ?? tag).join(' '))}
                  />
                );
              }
              case 'textarea':
                return (
                  <Textarea
                    key={field.name}
                    {...common}
                    value={value}
                    maxLength={field.max}
                    autosize
                    minRows={2}
                    onChange={(e) => change(field.name, e.currentTarget.value)}
                  />
                );
              case 'checkbox':
                return (
                  <Checkbox
                    key={field.name}
                    {...common}
                    checked={value === 'true'}
                    onChange={(e) => change(field.name, e.currentTarget.checked ? 'true' : '')}
                  />
                );
              case 'number':
              case 'money':
                return (
                  <NumberInput
                    key={field.name}
                    {...common}
                    value={value}
                    min={0}
                    decimalScale={field.kind === 'money' ? 2 : 0}
                    hideControls
                    onChange={(v) => change(field.name, String(v))}
                  />
                );
              case 'text':
              case 'date':
              case undefined:
                return (
                  <TextInput
                    key={field.name}
                    {...common}
                    type={field.kind === 'date' ? 'date' : 'text'}
                    value={value}
                    maxLength={field.max}
                    onChange={(e) => change(field.name, e.currentTarget.value)}
                  />
                );
            }
          })}
          {children}
          {error ? <ActionError error={error} subject={null} testId={`${testId}-error`} onReload={onReload} /> : null}
          <Group>
            <Button type="submit" loading={busy} data-testid={`${testId}-submit`}>
              {t(submitLabel)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Field values as the API takes them: null for an empty optional value. */
export const orNull = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim();
