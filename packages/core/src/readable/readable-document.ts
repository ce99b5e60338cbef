import { kindnessCopy } from '../kindness/kindness-copy.ts';
import { shareableKinds } from '../practice/practice.ts';
import { renderShareable } from '../practice/share-document.ts';
import type { Lookup } from '../practice/share-sections.ts';
import type { FieldValue, VaultObject } from '../vault/vault-object.ts';
import { englishReadable, type ReadableLanguage } from './readable-language.ts';

/** One item as a person reads it in their own copy: a title, when it happened, labelled sections. */
export interface ReadableDocument {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly when: number | null;
  readonly sections: readonly { readonly label: string; readonly text: string }[];
}

/**
 * Kinds that are the person's own words: everything that can be shared, and the kinds kept for
 * themselves. The practice space's bookkeeping (keys, shares) is not.
 */
const ownKinds = new Set<string>([
  ...shareableKinds,
  'kindness-moment',
  'pattern',
  'resource',
  'safety-plan',
]);

export const isReadableKind = (kind: string): boolean => ownKinds.has(kind);

/**
 * An object in the words the screens use (the same renderers as a shared item, nothing cut), or a
 * plain labelled list of its fields for the kinds those do not cover. Null for other kinds. Its
 * labels and Tend's own titles are in `language`; what the person wrote stays as they wrote it.
 */
export function readableDocument(
  object: VaultObject,
  lookup: Lookup,
  language: ReadableLanguage = englishReadable,
): ReadableDocument | null {
  const w = language.words;
  if (!isReadableKind(object.kind)) return null;
  const rendered = renderShareable(object, lookup, language.share);
  const base = { id: object.id, kind: object.kind };
  if (rendered) {
    const sections = rendered.sections.filter((s) => s.text.trim());
    return { ...base, title: rendered.title, when: rendered.when, sections };
  }
  if (object.kind === 'kindness-moment') return kindnessDocument(object, language);
  return {
    ...base,
    title: w.kindTitle(object.kind),
    when: null,
    sections: Object.entries(object.fields).flatMap(([name, value]) => {
      // Where it sits in a list is for the screens, not a reader.
      const text = name === 'order' ? '' : valueText(value);
      return text.trim() ? [{ label: w.fieldLabel(name), text }] : [];
    }),
  };
}

function kindnessDocument(object: VaultObject, language: ReadableLanguage): ReadableDocument {
  const { what, words, at } = object.fields;
  const titles: Readonly<Record<string, string>> = kindnessCopy.what;
  const title = typeof what === 'string' && Object.hasOwn(titles, what) ? titles[what] : undefined;
  return {
    id: object.id,
    kind: object.kind,
    title: language.word(title ?? kindnessCopy.what['own-words']),
    when: typeof at === 'number' ? at : object.createdAt,
    sections:
      typeof words === 'string' && words.trim() ? [{ label: language.words.inYourWords, text: words }] : [],
  };
}

function valueText(value: FieldValue): string {
  if (value === null || typeof value === 'boolean') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join('\n');
  return '';
}
