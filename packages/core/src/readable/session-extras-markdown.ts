import { qualityNames } from '../check-ins/quality-copy.ts';
import { presences, stances } from '../meetings/meeting.ts';
import { presenceWords, stanceShortWords } from '../meetings/meeting-words.ts';
import { describeMonth } from '../parts/story-copy.ts';
import { markdownLine, markdownText } from './readable-markdown.ts';
import { readableWords as w } from './readable-words.ts';
import type { SessionListPage } from './session-lists.ts';
import type { PartPicture, RelationshipPicture, SessionPicture } from './session-pictures.ts';

/** Each list kept for a session: a heading, the day, and its points in order. */
export function listsMarkdown(lists: readonly SessionListPage[]): string {
  if (!lists.length) return '';
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
export function picturesMarkdown(pictures: readonly SessionPicture[]): string {
  if (!pictures.length) return '';
  const parts = [`## ${w.picturesTitle}`];
  for (const picture of pictures) {
    parts.push(...(picture.kind === 'part' ? partMarkdown(picture) : relationshipMarkdown(picture)));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The month, with its year when the picture spans more than one. */
function monthLabel(months: readonly { month: string }[]): (month: string) => string {
  const withYear = new Set(months.map((m) => m.month.slice(0, 4))).size > 1;
  return (month) => describeMonth(month, withYear);
}

const counted = (pairs: readonly (readonly [string, number])[]): string =>
  pairs
    .filter(([, n]) => n > 0)
    .map(([words, n]) => `${words.toLowerCase()} ${n}`)
    .join(', ');

function partMarkdown(picture: PartPicture): string[] {
  const label = monthLabel(picture.months);
  const lines = picture.months.map((m) => {
    const stanceCounts = counted(stances.map((s) => [stanceShortWords[s], m.stances[s]] as const));
    const presence = counted(presences.map((p) => [presenceWords[p], m.presence[p]] as const));
    return `- ${label(m.month)}: ${[stanceCounts, presence].filter(Boolean).join('; ') || w.metNothingNoted}`;
  });
  return [
    `### ${markdownLine(w.partPicture(picture.name))}`,
    markdownText(picture.summary),
    lines.join('\n'),
  ].filter(Boolean);
}

function relationshipMarkdown(picture: RelationshipPicture): string[] {
  const label = monthLabel(picture.months);
  const lines = picture.months.map((m) => {
    const counts = counted([
      [w.nourished, m.nourished],
      [w.depleted, m.depleted],
      [w.heldBoundary, m.heldBoundary],
      [w.abandonedMyself, m.abandonedMyself],
    ]);
    return `- ${label(m.month)}: ${w.checkIns(m.checkIns)}${counts ? `; ${counts}` : ''}`;
  });
  const { overview, qualities } = picture.qualities;
  // Qualities never noted in these days would only fill the page.
  const qualityLines = qualities
    .filter((q) => q.noted > 0)
    .map((q) => `- **${qualityNames[q.quality]}**: ${markdownText(q.summary)}`);
  return [
    `### ${markdownLine(w.relationshipPicture(picture.name))}`,
    markdownText(picture.summary),
    lines.join('\n'),
    `#### ${markdownLine(w.qualitiesPicture(picture.name))}`,
    markdownText(overview ?? ''),
    qualityLines.join('\n'),
  ].filter(Boolean);
}
