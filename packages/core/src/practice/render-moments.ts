import { checkInQualities, type RelationalCheckIn } from '../check-ins/check-in.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';
import type { Meeting, RecognisedAfter } from '../meetings/meeting.ts';
import type { Pause } from '../pauses/pause.ts';
import {
  lines,
  listOf,
  partNameOf,
  relationshipNameOf,
  scoreWords,
  section,
  wordFor,
  wordsFor,
  englishShare,
  type Lookup,
  type Rendered,
  type ShareLanguage,
} from './share-sections.ts';
import { shareWords as w } from './share-words.ts';

/** Things that happened at a time: a meeting, a pause, a check-in, a journal entry. */
export function renderMeeting(
  meeting: Meeting,
  lookup: Lookup,
  language: ShareLanguage = englishShare,
): Rendered {
  const { labels: l, word } = language;
  const f = meeting.fields;
  const names = f.partIds.map((id) => partNameOf(lookup, id) || l.aPart);
  return {
    title: l.meetingWith(listOf([...new Set(names)]) || l.aPart),
    when: f.when,
    sections: [
      section(l.broughtForward, f.broughtForward),
      section(l.felt, f.felt),
      section(l.needed, f.needed),
      section(l.stances, wordsFor(w.stance, f.stances, '\n', word)),
      section(l.presence, wordFor(w.presence, f.presence, word)),
      section(l.offered, f.offered),
      section(l.intensityBefore, scoreWords(f.intensityBefore, l)),
      section(l.intensityAfter, scoreWords(f.intensityAfter, l)),
      section(l.bothTrue, f.bothTrue),
      section(l.onWhom, f.projection?.onWhom ?? ''),
      section(l.recognisedAfter, delayWords(f.projection?.recognisedAfter ?? null, word)),
    ],
  };
}

export function renderPause(pause: Pause, lookup: Lookup, language: ShareLanguage = englishShare): Rendered {
  const { labels: l, word } = language;
  const f = pause.fields;
  const people = f.relationshipIds.map((id) => relationshipNameOf(lookup, id));
  return {
    title: l.pause,
    when: f.startedAt,
    sections: [
      section(l.breath, f.breath?.outcome === 'done' ? l.breathTaken : ''),
      section(l.intensity, scoreWords(f.intensity, l)),
      section(l.whatHappened, f.whatHappened),
      section(l.whichPart, listOf(f.partIds.map((id) => partNameOf(lookup, id)))),
      section(l.whoElse, lines([listOf(people), f.whoElse])),
      section(l.bodyNeeds, wordsFor(w.bodyNeed, f.bodyNeeds, ', ', word)),
      section(l.needs, wordsFor(w.pauseNeed, f.needs, ', ', word)),
      section(l.ownNeeds, f.ownNeeds),
      section(l.willDo, f.willDo),
      section(l.intensityAfterPause, scoreWords(f.intensityAfter, l)),
      section(l.response, wordFor(w.response, f.response, word)),
      section(l.noticedAfter, delayWords(f.noticedAfter, word)),
    ],
  };
}

export function renderCheckIn(
  checkIn: RelationalCheckIn,
  lookup: Lookup,
  language: ShareLanguage = englishShare,
): Rendered {
  const { labels: l, word } = language;
  const f = checkIn.fields;
  const name = relationshipNameOf(lookup, f.relationshipId);
  return {
    title: name ? l.checkInWith(name) : l.checkInAlone,
    when: f.at,
    sections: [
      ...checkInQualities.map((quality) =>
        section(word(w.quality[quality]), wordFor(w.felt, f[quality], word)),
      ),
      section(l.abandonedMyself, wordFor(w.abandoned, f.abandonedMyself, word)),
      section(l.heldBoundary, wordFor(w.heldBoundary, f.heldBoundary, word)),
      section(l.afterwards, f.afterwards === null ? '' : wordFor(w.afterwards, String(f.afterwards), word)),
      section(l.note, f.note),
    ],
  };
}

export function renderJournalEntry(entry: JournalEntry, language: ShareLanguage = englishShare): Rendered {
  const l = language.labels;
  const f = entry.fields;
  return {
    title: f.title.trim() || l.journalEntry,
    when: dayOf(f.date) ?? entry.createdAt,
    sections: [section(l.entry, f.body)],
  };
}

/** "3 hours". */
function delayWords(delay: RecognisedAfter | null, word: (english: string) => string): string {
  if (!delay) return '';
  const unit = Object.hasOwn(w.delayUnit, delay.unit) ? w.delayUnit[delay.unit] : null;
  return unit ? `${delay.amount} ${word(delay.amount === 1 ? unit[0] : unit[1])}` : '';
}

/** Midday UTC of a calendar day, so the day reads the same in nearly every time zone. */
function dayOf(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [, y, m, d] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(d), 12);
}
