import { useCallback, useMemo, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { ar } from './messages/ar';
import { fr } from './messages/fr';
import { hasMessage, type MessageId } from './messages/ids';

export type Lang = 'fr' | 'ar';
export type { MessageId };

export const CATALOGUES: Record<Lang, Record<MessageId, string>> = { fr, ar };

/** Moroccan French and Moroccan Arabic, both written with Western digits, as the administration writes them. */
export const LOCALES: Record<Lang, string> = { fr: 'fr-MA', ar: 'ar-MA' };
const LATN = { numberingSystem: 'latn' } as const;
const DAY = { ...LATN, year: 'numeric', month: 'long', day: 'numeric' } as const;

/** A date as the API gives it; a bare date is a calendar day, read at noon UTC and shown in UTC, so no time zone moves it. */
function dateOf(value: string): { when: Date; timeZone: 'UTC' | undefined } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return { when: new Date(day ? `${value}T12:00:00Z` : value), timeZone: day ? 'UTC' : undefined };
}

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    <IntlProvider locale={LOCALES[lang]} messages={CATALOGUES[lang]} defaultLocale="fr-MA">
      {children}
    </IntlProvider>
  );
}

export type FormatValues = Record<string, string | number>;

export interface Format {
  lang: Lang;
  t: (id: MessageId, values?: FormatValues) => string;
  /** An API enum value in words; the value itself only if the API grew one this build has no label for. */
  label: (enumName: string, value: string) => string;
  number: (value: number | string | null | undefined, fractionDigits?: number) => string;
  money: (value: number | string | null | undefined) => string;
  percent: (value: number | null | undefined) => string;
  /** A calendar date (ISO yyyy-mm-dd or a timestamp), in the page's language. */
  date: (value: string | null | undefined) => string;
  /** A moment (a timestamp) by its day and time, in the page's language and the reader's time zone ("7 décembre 2026 à 09:05"). */
  dateTime: (value: string) => string;
  /** The days from one calendar date to another as the language writes a period ("27 septembre – 3 octobre 2026"); a single day once. */
  period: (from: string, to: string) => string;
  /** A calendar month ("YYYY-MM"), in words ("novembre 2026"), or short for a chart's axis. */
  month: (value: string, short?: boolean) => string;
  /** A region's or programme's name in the page's language (its French name when it has no Arabic one). */
  nameOf: (named: { nameFr: string; nameAr: string | null }) => string;
  /** Named things (regions) in the order of their names in the page's language. */
  byName: <T extends { nameFr: string; nameAr: string | null }>(items: readonly T[]) => T[];
  /** The choices of a region picker: each region by its name in the page's language, in that name's order (the code is the value only). */
  regionChoices: (
    regions: readonly { code: string; nameFr: string; nameAr: string | null }[],
  ) => { value: string; label: string }[];
  /** A campaign: its programme in the page's language and its season ("Aide au logement — 2026"). */
  campaignOf: (campaign: { season: string; programme: { nameFr: string; nameAr: string | null } }) => string;
  /** A provider: its name and its city in the page's language ("Clinique Al Amal — Fès"). */
  providerOf: (provider: { nameFr: string; nameAr: string | null; cityFr: string; cityAr: string | null }) => string;
  /** A coded thing (an act, a diagnosis) by its code and its name in the page's language ("J06.9 — …"); the code alone when unnamed. */
  codedOf: (code: string, named?: { nameFr: string; nameAr: string | null }) => string;
  /** A person's name in the page's script (the Latin one when there is no Arabic one). */
  fullNameOf: (person: { fullName: string; fullNameAr: string | null }) => string;
  /** Words one after the other, apart with the language's comma. */
  list: (items: readonly string[]) => string;
  /** A training in the page's language by its code; the title on file for a code this build has no words for. */
  trainingOf: (training: { code: string; title: string }) => string;
}

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export function useFormat(): Format {
  const intl = useIntl();
  const lang: Lang = intl.locale === LOCALES.ar ? 'ar' : 'fr';
  const t = useCallback((id: MessageId, values?: FormatValues) => intl.formatMessage({ id }, values), [intl]);
  return useMemo<Format>(() => {
    const nameOf: Format['nameOf'] = (named) => (lang === 'ar' && named.nameAr ? named.nameAr : named.nameFr);
    const byName: Format['byName'] = (items) =>
      [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), intl.locale));
    return {
      lang,
      t,
      label: (enumName, value) => {
        const id = `${enumName}.${value}`;
        return hasMessage(id) ? t(id) : value;
      },
      number: (value, fractionDigits = 0) => {
        const n = toNumber(value);
        return n === null
          ? '—'
          : intl.formatNumber(n, {
              ...LATN,
              minimumFractionDigits: fractionDigits,
              maximumFractionDigits: fractionDigits,
            });
      },
      money: (value) => {
        const n = toNumber(value);
        return n === null
          ? '—'
          : intl.formatNumber(n, {
              ...LATN,
              style: 'currency',
              currency: 'MAD',
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
            });
      },
      percent: (value) =>
        value === null || value === undefined
          ? '—'
          : intl.formatNumber(value, { ...LATN, style: 'percent', maximumFractionDigits: 1 }),
      date: (value) => {
        if (!value) return '—';
        const { when, timeZone } = dateOf(value);
        return Number.isNaN(when.getTime()) ? value : intl.formatDate(when, { ...DAY, timeZone });
      },
      dateTime: (value) => {
        const when = new Date(value);
        return Number.isNaN(when.getTime())
          ? value
          : intl.formatDate(when, { ...DAY, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      },
      period: (from, to) => {
        const start = dateOf(from);
        const end = dateOf(to);
        return Number.isNaN(start.when.getTime()) || Number.isNaN(end.when.getTime())
          ? `${from} – ${to}`
          : intl.formatDateTimeRange(start.when, end.when, { ...DAY, timeZone: start.timeZone });
      },
      month: (value, short = false) => {
        if (!/^\d{4}-\d{2}$/.test(value)) return value;
        return intl.formatDate(new Date(`${value}-15T12:00:00Z`), {
          ...LATN,
          year: short ? '2-digit' : 'numeric',
          month: short ? 'short' : 'long',
          timeZone: 'UTC',
        });
      },
      nameOf,
      byName,
      regionChoices: (regions) => byName(regions).map((region) => ({ value: region.code, label: nameOf(region) })),
      campaignOf: (campaign) => `${nameOf(campaign.programme)} — ${campaign.season}`,
      providerOf: (provider) => `${nameOf(provider)} — ${nameOf({ nameFr: provider.cityFr, nameAr: provider.cityAr })}`,
      codedOf: (code, named) => (named ? `${code} — ${nameOf(named)}` : code),
      fullNameOf: (person) => (lang === 'ar' && person.fullNameAr ? person.fullNameAr : person.fullName),
      list: (items) => items.join(t('listSeparator')),
      trainingOf: (training) => {
        const id = `Training.${training.code}`;
        return hasMessage(id) ? t(id) : training.title;
      },
    };
  }, [intl, lang, t]);
}
