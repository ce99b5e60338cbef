import { qualityNames } from '../check-ins/quality-copy.ts';
import { englishReadable, type ReadableLanguage } from './readable-language.ts';
import { presences, stances } from '../meetings/meeting.ts';
import { presenceWords, stanceShortWords } from '../meetings/meeting-words.ts';
import { markdownLine, markdownText } from './readable-markdown.ts';
import type { SessionListPage } from './session-lists.ts';
import type { PartPicture, RelationshipPicture, SessionPicture } from './session-pictures.ts';

/** Each list kept for a session: a heading, the day, and its points in order. */
export function listsMarkdown(
  lists: readonly SessionListPage[],
  language: ReadableLanguage = englishReadable,
): string {
  if (!lists.length) return '';
  const w = language.words;
  const parts = [`## ${w.listsTitle}`];
  for (const list of lists) {
    parts.push(`### ${markdownLine(list.heading)}`);
    if (list.forDate) parts.push(`*${list.forDate}*`);
    parts.push(
      list.points
        .map((point, n) => {
          const about = point.about
            ? `**${markdownLine(point.about)}**${point.text.trim() ? '\n   ' : ''}`
            : '';
          const text = markdownText(point.text.trim()).replace(/\n/g, '\n   ');
          return `${n + 1}. ${about}${text}`;
        })
        .join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The pictures as words: each one's summary, then its months as a list, so the file says all the
 * picture shows without needing the app or an image.
 */
export function picturesMarkdown(
  pictures: readonly SessionPicture[],
  language: ReadableLanguage = englishReadable,
): string {
  if (!pictures.length) return '';
  const w = language.words;
  const parts = [`## ${w.picturesTitle}`];
  for (const picture of pictures) {
    parts.push(
      ...(picture.kind === 'part'
        ? partMarkdown(picture, language)
        : relationshipMarkdown(picture, language)),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** The month, with its year when the picture spans more than one. */
function monthLabel(
  months: readonly { month: string }[],
  language: ReadableLanguage,
): (month: string) => string {
  const withYear = new Set(months.map((m) => m.month.slice(0, 4))).size > 1;
  return (month) => language.month(month, withYear);
}

const counted = (pairs: readonly (readonly [string, number])[], language: ReadableLanguage): string =>
  pairs
    .filter(([, n]) => n > 0)
    .map(([words, n]) => `${language.inList(words)} ${n}`)
    .join(', ');

function partMarkdown(picture: PartPicture, language: ReadableLanguage): string[] {
  const { words: w, word } = language;
  const label = monthLabel(picture.months, language);
  const lines = picture.months.map((m) => {
    const stanceCounts = counted(
      stances.map((s) => [word(stanceShortWords[s]), m.stances[s]] as const),
      language,
    );
    const presence = counted(
      presences.map((p) => [word(presenceWords[p]), m.presence[p]] as const),
      language,
    );
    return `- ${label(m.month)}: ${[stanceCounts, presence].filter(Boolean).join('; ') || w.metNothingNoted}`;
  });
  return [
    `### ${markdownLine(w.partPicture(picture.name))}`,
    markdownText(picture.summary),
    lines.join('\n'),
  ].filter(Boolean);
}

function relationshipMarkdown(picture: RelationshipPicture, language: ReadableLanguage): string[] {
  const { words: w, word } = language;
  const label = monthLabel(picture.months, language);
  const lines = picture.months.map((m) => {
    const counts = counted(
      [
        [w.nourished, m.nourished],
        [w.depleted, m.depleted],
        [w.heldBoundary, m.heldBoundary],
        [w.abandonedMyself, m.abandonedMyself],
      ],
      language,
    );
    return `- ${label(m.month)}: ${w.checkIns(m.checkIns)}${counts ? `; ${counts}` : ''}`;
  });
  const { overview, qualities } = picture.qualities;
  // Qualities never noted in these days would only fill the page.
  const qualityLines = qualities
    .filter((q) => q.noted > 0)
    .map((q) => `- **${word(qualityNames[q.quality])}**: ${markdownText(q.summary)}`);
  return [
    `### ${markdownLine(w.relationshipPicture(picture.name))}`,
    markdownText(picture.summary),
    lines.join('\n'),
    `#### ${markdownLine(w.qualitiesPicture(picture.name))}`,
    markdownText(overview ?? ''),
    qualityLines.join('\n'),
  ].filter(Boolean);
}
