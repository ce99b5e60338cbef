import { isConnection, isSessionList, isSharedItem } from '../practice/check-practice.ts';
import type { Lookup } from '../practice/share-sections.ts';
import type { SessionList } from '../practice/practice.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { readableDocument } from './readable-document.ts';
import { englishReadable, type ReadableLanguage } from './readable-language.ts';

/** One point of "Bring to session": what it is about (when it names something shared) and the words. */
export type SessionListPoint = { readonly about: string | null; readonly text: string };

/** The list the person keeps for a session with one practitioner, as it reads on paper. */
export type SessionListPage = {
  readonly id: string;
  readonly heading: string;
  /** "For the session on 3 December 2026", when the person said which. */
  readonly forDate: string | null;
  readonly points: readonly SessionListPoint[];
};

/**
 * The "Bring to session" lists of the connections still open, one per practitioner, with each point's item named in the screens' words. Empty lists are left out.
 */
export function sessionLists(
  objects: readonly VaultObject[],
  lookup: Lookup,
  language: ReadableLanguage = englishReadable,
): SessionListPage[] {
  const w = language.words;
  const earliest = new Map<string, SessionList>();
  for (const list of objects.filter(isSessionList)) {
    const held = earliest.get(list.fields.connectionId);
    if (!held || isEarlier(list, held)) earliest.set(list.fields.connectionId, list);
  }
  return [...earliest.values()].flatMap((object) => {
    if (!object.fields.entries.length) return [];
    const connection = lookup(object.fields.connectionId);
    if (!connection || !isConnection(connection) || connection.fields.endedAt !== null) return [];
    const points = object.fields.entries.map((entry) => ({
      about: entry.sharedItemId ? aboutWords(entry.sharedItemId, lookup, language) : null,
      text: entry.text,
    }));
    const { forDate } = object.fields;
    return [
      {
        id: object.id,
        heading: w.sessionListHeading(connection.fields.practitionerName.trim()),
        forDate: forDate ? w.forSessionOn(dayWords(forDate, language)) : null,
        points,
      },
    ];
  });
}

/** A shared item named as its original reads now, or as its copy when the original is gone. */
function aboutWords(sharedItemId: string, lookup: Lookup, language: ReadableLanguage): string {
  const w = language.words;
  const item = lookup(sharedItemId);
  if (!item || !isSharedItem(item)) return w.goneFromDevice;
  const source = lookup(item.fields.sourceId);
  const doc = source ? readableDocument(source, lookup, language) : null;
  const title = doc?.title ?? item.fields.snapshot?.title;
  const when = doc ? doc.when : (item.fields.snapshot?.when ?? null);
  if (!title) return w.goneFromDevice;
  return when === null ? title : `${title}, ${language.date(when)}`;
}

/** "3 December 2026" for a calendar day, whatever the time zone. */
function dayWords(day: string, language: ReadableLanguage): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const local = new Date(year, month - 1, date).getTime();
  return Number.isNaN(local) ? day : language.date(local);
}

/** Two devices may each have started a list for one connection: the earliest is its list, as on screen. */
function isEarlier(a: VaultObject, b: VaultObject): boolean {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
}
