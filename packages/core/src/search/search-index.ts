import { isCheckIn } from '../check-ins/check-check-in.ts';
import { isGrief } from '../grief/check-grief.ts';
import { griefAdditions } from '../grief/grief.ts';
import { griefSubjectWords } from '../grief/grief-words.ts';
import { foldText } from '../journal/search-journal.ts';
import { isJournalEntry } from '../journal/journal-entry.ts';
import { isKindnessMoment } from '../kindness/check-kindness.ts';
import { kindnessCopy } from '../kindness/kindness-copy.ts';
import { isMeeting } from '../meetings/check-meeting.ts';
import { isPart } from '../parts/check-part.ts';
import { partTextFields } from '../parts/part.ts';
import { isPattern } from '../patterns/check-pattern.ts';
import { isPause } from '../pauses/check-pause.ts';
import { pauseTextFields } from '../pauses/pause.ts';
import { isRelationship } from '../relationships/check-relationship.ts';
import { relationshipTexts } from './relationship-texts.ts';
import { isResource } from '../resources/check-resource.ts';
import { resourceTextFields } from '../resources/resource.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import type { SearchKind } from './search-kinds.ts';
import { englishSearchTitles, type SearchTitles } from './search-words.ts';

/** One searchable item: its own words, kept whole for snippets and folded once for matching. */
export type SearchEntry = {
  readonly kind: SearchKind;
  readonly id: string;
  readonly title: string;
  /** When it happened or was written (ms), for the newest-first order within a group. */
  readonly when: number;
  readonly texts: readonly string[];
  readonly folded: string;
  readonly foldedTitle: string;
};

export type SearchIndex = { readonly entries: readonly SearchEntry[] };

type Names = ReadonlyMap<string, string>;
type Described = Omit<SearchEntry, 'folded' | 'foldedTitle' | 'id'>;

/** Each kind's title, time and the person's words, tried in turn; the first guard that fits describes it. */
const describers: readonly ((
  object: VaultObject,
  names: Names,
  when: number,
  words: SearchTitles,
) => Described | null)[] = [
  (o, _, when, words) =>
    isPart(o)
      ? {
          kind: 'part',
          title: o.fields.name.trim() || words.aPart,
          when,
          texts: partTextFields.map((f) => o.fields[f]),
        }
      : null,
  (o, names, _, words) => {
    if (!isMeeting(o)) return null;
    const f = o.fields;
    const met = f.partIds.map((id) => names.get(id) || words.aPart).join(', ');
    const texts = [f.broughtForward, f.felt, f.needed, f.offered, f.bothTrue, f.projection?.onWhom ?? ''];
    return { kind: 'meeting', title: words.meeting(met), when: f.when, texts };
  },
  (o, _, when, words) => {
    if (!isGrief(o)) return null;
    const title = o.fields.title.trim() || words.word(griefSubjectWords[o.fields.what]);
    return { kind: 'grief', title, when, texts: [o.fields.title, ...griefAdditions(o).map((a) => a.text)] };
  },
  (o, _, __, words) =>
    isPause(o)
      ? {
          kind: 'pause',
          title: words.pause,
          when: o.fields.startedAt,
          texts: pauseTextFields.map((f) => o.fields[f]),
        }
      : null,
  (o, _, when, words) => {
    if (!isPattern(o)) return null;
    const { when: onWhen, usually, practising } = o.fields;
    return {
      kind: 'pattern',
      title: words.pattern(onWhen, usually),
      when,
      texts: [onWhen, usually, practising],
    };
  },
  (o, _, when) =>
    isRelationship(o)
      ? { kind: 'relationship', title: o.fields.name, when, texts: relationshipTexts(o) }
      : null,
  (o, names, _, words) => {
    if (!isCheckIn(o)) return null;
    const title = words.checkIn(names.get(o.fields.relationshipId) || words.someone);
    return { kind: 'check-in', title, when: o.fields.at, texts: [o.fields.note] };
  },
  (o, _, when) =>
    isResource(o)
      ? { kind: 'resource', title: o.fields.name, when, texts: resourceTextFields.map((f) => o.fields[f]) }
      : null,
  (o, _, when, words) =>
    isJournalEntry(o)
      ? {
          kind: 'journal',
          title: o.fields.title.trim() || words.untitledEntry,
          when,
          texts: [o.fields.title, o.fields.body],
        }
      : null,
  (o, _, __, words) =>
    isKindnessMoment(o)
      ? {
          kind: 'kindness',
          title: words.word(kindnessCopy.what[o.fields.what]),
          when: o.fields.at,
          texts: [o.fields.words],
        }
      : null,
];

function describe(object: VaultObject, names: Names, words: SearchTitles): Described | null {
  for (const describer of describers) {
    const described = describer(object, names, object.createdAt, words);
    if (described) return described;
  }
  return null;
}

/**
 * Folds every item's words once (accents and case), so each search after is a plain scan. Built again
 * when the vault changes; the parts' and people's names title the meetings and check-ins that name them.
 * `words` titles what the person left untitled, in their language; English when not given.
 */
export function buildSearchIndex(
  objects: readonly VaultObject[],
  words: SearchTitles = englishSearchTitles,
): SearchIndex {
  const names = new Map<string, string>();
  for (const object of objects)
    if (isPart(object) || isRelationship(object)) names.set(object.id, object.fields.name.trim());
  const entries: SearchEntry[] = [];
  for (const object of objects) {
    const described = describe(object, names, words);
    if (!described) continue;
    const texts = described.texts.filter((t) => t.trim().length > 0);
    const folded = foldText(texts.join('\n'));
    entries.push({ ...described, id: object.id, texts, folded, foldedTitle: foldText(described.title) });
  }
  return { entries };
}
