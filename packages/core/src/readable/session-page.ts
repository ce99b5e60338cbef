import type { Lookup } from '../practice/share-sections.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { readableDocument, type ReadableDocument } from './readable-document.ts';
import { documentMarkdown, markdownLine } from './readable-markdown.ts';
import { englishReadable, sayCalendarDay, type ReadableLanguage } from './readable-language.ts';
import { listsMarkdown, picturesMarkdown } from './session-extras-markdown.ts';
import { sessionLists, type SessionListPage } from './session-lists.ts';
import { sessionPictures, type SessionPicture } from './session-pictures.ts';

/** Kinds that happen at a time, chosen by a span of days; parts and relationships are chosen by name. */
export const sessionKinds = ['meeting', 'pause', 'grief', 'relational-check-in', 'journal-entry'] as const;

export interface SessionChoice {
  /** YYYY-MM-DD, both days included; null for no bound. */
  readonly from: string | null;
  readonly to: string | null;
  readonly kinds: readonly string[];
  /** Items chosen one by one (a part, a relationship, or anything outside the span). */
  readonly ids: readonly string[];
  /** Items taken out of the span one by one. */
  readonly leftOut: readonly string[];
  /** Whether the "Bring to session" lists kept for a practitioner go on the page. */
  readonly withLists: boolean;
}

export interface SessionPage {
  readonly title: string;
  readonly spanText: string;
  readonly madeOn: string;
  readonly documents: readonly ReadableDocument[];
  /** A picture with its summary for each part and person on the page, over the page's days. */
  readonly pictures: readonly SessionPicture[];
  readonly lists: readonly SessionListPage[];
}

/** What goes with the chosen items: their pictures, and the lists kept for a session. */
export type SessionExtras = Pick<SessionPage, 'pictures' | 'lists'>;

/**
 * The page a person brings to a session: the chosen items in the screens' words, oldest first.
 * `dayOf` turns a moment into the person's own calendar day; `language` says Tend's words.
 */
export function sessionPage(
  objects: readonly VaultObject[],
  lookup: Lookup,
  choice: SessionChoice,
  today: string,
  dayOf: (ms: number) => string,
  language: ReadableLanguage = englishReadable,
): SessionPage {
  const w = language.words;
  const chosen = new Set(choice.ids);
  const leftOut = new Set(choice.leftOut);
  const documents = objects
    .flatMap((object) => {
      if (leftOut.has(object.id)) return [];
      const doc = readableDocument(object, lookup, language);
      if (!doc) return [];
      const isInSpan =
        choice.kinds.includes(doc.kind) && doc.when !== null && isWithin(dayOf(doc.when), choice);
      return chosen.has(object.id) || isInSpan ? [doc] : [];
    })
    .sort((a, b) => (a.when ?? 0) - (b.when ?? 0) || a.title.localeCompare(b.title));
  const day = (d: string | null) => sayCalendarDay(d ?? '…', language);
  const spanText = choice.from || choice.to ? w.span(day(choice.from), day(choice.to)) : w.anyTime;
  const extras = sessionExtras(objects, lookup, documents, choice, dayOf, language);
  return { title: w.sessionTitle, spanText, madeOn: w.madeOn(day(today)), documents, ...extras };
}

/** The pictures of the items on the page (after any are taken out) and, when chosen, the lists. */
export function sessionExtras(
  objects: readonly VaultObject[],
  lookup: Lookup,
  documents: readonly ReadableDocument[],
  choice: Pick<SessionChoice, 'from' | 'to' | 'withLists'>,
  dayOf: (ms: number) => string,
  language: ReadableLanguage = englishReadable,
): SessionExtras {
  return {
    pictures: sessionPictures(objects, documents, { from: choice.from, to: choice.to, dayOf }, language),
    lists: choice.withLists ? sessionLists(objects, lookup, language) : [],
  };
}

function isWithin(day: string, choice: SessionChoice): boolean {
  return (!choice.from || day >= choice.from) && (!choice.to || day <= choice.to);
}

/**
 * The page as one Markdown file: a header with the span and "Private", the lists kept for a
 * session, the pictures as their words, then each item.
 */
export function sessionMarkdown(page: SessionPage, language: ReadableLanguage = englishReadable): string {
  const w = language.words;
  const head = [
    `# ${markdownLine(page.title)}`,
    `${w.private} · ${markdownLine(page.spanText)}`,
    page.madeOn,
  ];
  const items = page.documents.map((doc) => documentMarkdown(doc, 2, language));
  const body = [
    listsMarkdown(page.lists, language),
    picturesMarkdown(page.pictures, language),
    ...items,
  ].filter(Boolean);
  return `${head.join('\n\n')}\n\n${(body.length ? body : [w.nothingChosen]).join('\n---\n\n')}`;
}
