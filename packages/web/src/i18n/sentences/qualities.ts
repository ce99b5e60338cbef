import { msg, plural, select } from '@lingui/core/macro';
import {
  qualityCopy,
  type CheckInQuality,
  type QualitySpan,
  type QualityStories,
  type QualityStory,
  type QualityWebEntry,
} from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';
import { opening } from './say.ts';
import { sayMonth } from './story.ts';

/*
 * The six qualities' summaries with one person, and the web viewed by one quality, said from the
 * facts core counted (which summary, its counts, the months "lately" covers) in the language Tend
 * speaks. The English reads as core's own (`qualityCopy`, `qualityWebCopy`).
 */

/** "in the last two months", "this month", "between March and May 2025": what "lately" covers. */
export function sayQualitySpan(span: QualitySpan): string {
  if (span.kind === 'between') {
    const { first, last } = span;
    if (first === last) {
      const month = sayMonth(last, true);
      return i18n._(msg`in ${month}`);
    }
    const from = sayMonth(first, first.slice(0, 4) !== last.slice(0, 4));
    const to = sayMonth(last, true);
    return i18n._(msg`between ${from} and ${to}`);
  }
  const months = span.months;
  if (months === 1) return i18n._(msg`this month`);
  if (months === 2) return i18n._(msg`in the last two months`);
  return i18n._(msg`in the last ${months} months`);
}

/** "feeling seen": the quality as a noun phrase inside a sentence. */
export function sayFeeling(quality: CheckInQuality): string {
  return i18n._(
    msg`${select(quality, {
      seen: 'feeling seen',
      validated: 'feeling validated',
      attunedTo: 'feeling attuned to',
      reciprocity: 'reciprocity',
      safeAndRespected: 'feeling safe and respected',
      other: 'being yourself',
    })}`,
  );
}

/** One quality's summary with one person over the stories' span. */
export function sayQualitySummary(
  story: Pick<QualityStory, 'quality' | 'said'>,
  name: string,
  span: QualitySpan,
): string {
  const { quality, said } = story;
  if (said.kind === 'not-yet') {
    return i18n._(
      msg`${select(quality, {
        seen: 'Feeling seen',
        validated: 'Feeling validated',
        attunedTo: 'Feeling attuned to',
        reciprocity: 'Reciprocity',
        safeAndRespected: 'Feeling safe and respected',
        other: 'Being yourself',
      })} has not been noted yet.`,
    );
  }
  const when = sayQualitySpan(span);
  if (said.kind === 'quiet-lately') {
    const what = sayFeeling(quality);
    return i18n._(msg`Nothing about ${what} was noted ${when}; the picture shows the earlier times.`);
  }
  const lately = opening(when);
  const { often, noted } = said;
  const sentence =
    said.kind === 'mostly'
      ? i18n._(
          msg`${lately} you mostly ${select(quality, {
            seen: 'felt seen',
            validated: 'felt validated',
            attunedTo: 'felt attuned to',
            reciprocity: 'felt there was reciprocity',
            safeAndRespected: 'felt safe and respected',
            other: 'could be yourself',
          })} with ${name} (${often} of ${noted} times noted).`,
        )
      : said.kind === 'sometimes'
        ? i18n._(
            msg`${lately} you ${select(quality, {
              seen: 'felt seen',
              validated: 'felt validated',
              attunedTo: 'felt attuned to',
              reciprocity: 'felt there was reciprocity',
              safeAndRespected: 'felt safe and respected',
              other: 'could be yourself',
            })} with ${name} some of the time (${often} of ${noted} times noted).`,
          )
        : i18n._(
            msg`${lately} ${select(quality, {
              seen: 'feeling seen',
              validated: 'feeling validated',
              attunedTo: 'feeling attuned to',
              reciprocity: 'reciprocity',
              safeAndRespected: 'feeling safe and respected',
              other: 'being yourself',
            })} with ${name} was rarer: it came a little or not at all (${plural(noted, { one: '# time', other: '# times' })} noted).`,
          );
  return said.harder ? `${sentence} ${coreWord(qualityCopy.harderLately)}` : sentence;
}

/** Which quality came most often lately and which was rarer, or null when that is not clear. */
export function sayQualityOverview(stories: Pick<QualityStories, 'mostAndRarest' | 'span'>): string | null {
  if (!stories.mostAndRarest) return null;
  const lately = opening(sayQualitySpan(stories.span));
  const most = sayFeeling(stories.mostAndRarest.most);
  const rarest = sayFeeling(stories.mostAndRarest.rarest);
  return i18n._(msg`${lately}, ${most} came most often; ${rarest} was rarer.`);
}

/** The web viewed by one quality: the sentence under one person, with the counts. */
export function sayQualityWebEntry(
  entry: Pick<QualityWebEntry, 'lean' | 'often' | 'noted' | 'weeks'>,
  quality: CheckInQuality,
): string {
  const { weeks, often, noted } = entry;
  if (entry.lean === 'not-enough-noted') {
    const what = sayFeeling(quality);
    return i18n._(msg`There is not enough noted about ${what} in the last ${weeks} weeks to say.`);
  }
  return i18n._(
    msg`In the last ${weeks} weeks you ${select(quality, {
      seen: 'felt seen',
      validated: 'felt validated',
      attunedTo: 'felt attuned to',
      reciprocity: 'felt there was reciprocity',
      safeAndRespected: 'felt safe and respected',
      other: 'could be yourself',
    })} mostly or fully ${often} of the ${plural(noted, { one: '# time', other: '# times' })} you noted it.`,
  );
}
