import { t } from '@lingui/core/macro';
import { shareDocument, type SharedDocument, type SharedItem, type VaultObject } from '@tend/core';
import { shareLanguageNow } from '../../i18n/sentences/share.ts';
import { formatWhen } from '../../ui/dates.ts';

type Lookup = (id: string) => VaultObject | undefined;

export const dayWords = (ms: number): string => formatWhen(ms, 'day');

export const momentWords = (ms: number): string => formatWhen(ms, 'moment');

/** What the practitioner sees of a shared item: the source as it is now when kept updated, else the copy. */
export function sharedItemDocument(item: SharedItem, lookup: Lookup): SharedDocument | null {
  const source = lookup(item.fields.sourceId);
  if (item.fields.mode === 'live' && source) return shareDocument(source, lookup, shareLanguageNow());
  return item.fields.snapshot ?? (source ? shareDocument(source, lookup, shareLanguageNow()) : null);
}

/** A shared item's title, in the same words the practitioner reads, with its day when it has one. */
export function sharedItemTitle(item: SharedItem, lookup: Lookup): string {
  const document = sharedItemDocument(item, lookup);
  if (!document) return t`Something no longer on this device`;
  return document.when === null ? document.title : `${document.title}, ${dayWords(document.when)}`;
}
