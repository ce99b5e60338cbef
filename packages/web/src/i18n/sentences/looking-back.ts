import { msg, plural, select } from '@lingui/core/macro';
import {
  lookingBackCopy,
  noticingCopy,
  pauseNeedWords,
  type LookingBack,
  type LookingBackGrief,
  type LookingBackPerson,
  type LookingBackQuality,
  type LookingBackSpan,
} from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';
import { sayFeeling as feeling } from './qualities.ts';
import { listIn, midSentence, opening } from './say.ts';

/*
 * Looking back's sentences in the language Tend speaks, said from the facts core counted (the span,
 * counts, names and choices), never by translating its finished English. The English here reads
 * exactly as core's own (`lookingBackCopy`), which stays for core's tests and shared documents.
 */

/** "in the last month": where a count happened. */
function inSpan(span: LookingBackSpan): string {
  return i18n._(
    msg`${select(span, {
      month: 'in the last month',
      season: 'in the last three months',
      year: 'in the last year',
      other: 'in all the time you have used Tend',
    })}`,
  );
}

/** "over the last month": the stretch a sentence looks across. */
function overSpan(span: LookingBackSpan): string {
  return i18n._(
    msg`${select(span, {
      month: 'over the last month',
      season: 'over the last three months',
      year: 'over the last year',
      other: 'over all the time you have used Tend',
    })}`,
  );
}

export function sayKindness(view: Pick<LookingBack, 'span' | 'kindness'>): string {
  const count = view.kindness.total;
  const span = inSpan(view.span);
  return count === 0
    ? i18n._(
        msg`No kindness moments were noted ${span}. They can be as small as a glass of water, whenever you like.`,
      )
    : i18n._(
        msg`${plural(count, { one: '# kindness moment was', other: '# kindness moments were' })} noted ${span}.`,
      );
}

export function sayPauses(view: Pick<LookingBack, 'span' | 'pauses'>): string {
  const { total, neededMost, helpedMost, newer, old } = view.pauses;
  const span = inSpan(view.span);
  const needs = neededMost.map((n) => midSentence(coreWord(pauseNeedWords[n]))).join(', ');
  const names = listIn(helpedMost.map((h) => h.name));
  return [
    total === 0
      ? i18n._(msg`No pauses ${span}.`)
      : i18n._(msg`You paused ${plural(total, { one: 'once', other: '# times' })} ${span}.`),
    neededMost.length ? i18n._(msg`What you needed most often: ${needs}.`) : '',
    helpedMost.length ? i18n._(msg`What helped most often: ${names}.`) : '',
    newer + old
      ? i18n._(
          msg`The response you are practising happened ${plural(newer, { one: 'once', other: '# times' })}, the old one ${plural(old, { one: 'once', other: '# times' })}; both are part of the work.`,
        )
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One quality over the span: how often it was felt mostly or fully, with how many people. */
export function sayQuality(span: LookingBackSpan, q: LookingBackQuality): string {
  const { quality, often, noted, people } = q;
  const over = opening(overSpan(span));
  if (noted === 0) {
    const within = inSpan(span);
    return i18n._(
      msg`${select(quality, {
        seen: 'Feeling seen',
        validated: 'Feeling validated',
        attunedTo: 'Feeling attuned to',
        reciprocity: 'Reciprocity',
        safeAndRespected: 'Feeling safe and respected',
        other: 'Being yourself',
      })} was not noted ${within}.`,
    );
  }
  if (noted === 1)
    return often
      ? i18n._(
          msg`${over}, you noted it once: you ${select(quality, {
            seen: 'felt seen',
            validated: 'felt validated',
            attunedTo: 'felt attuned to',
            reciprocity: 'felt there was reciprocity',
            safeAndRespected: 'felt safe and respected',
            other: 'could be yourself',
          })} mostly or fully.`,
        )
      : i18n._(
          msg`${over}, you noted it once: you ${select(quality, {
            seen: 'felt seen',
            validated: 'felt validated',
            attunedTo: 'felt attuned to',
            reciprocity: 'felt there was reciprocity',
            safeAndRespected: 'felt safe and respected',
            other: 'could be yourself',
          })} a little or not at all.`,
        );
  return i18n._(
    msg`${over}, you ${select(quality, {
      seen: 'felt seen',
      validated: 'felt validated',
      attunedTo: 'felt attuned to',
      reciprocity: 'felt there was reciprocity',
      safeAndRespected: 'felt safe and respected',
      other: 'could be yourself',
    })} mostly or fully ${often} of the ${noted} times you noted it, with ${plural(people, { one: 'one person', other: '# people' })}.`,
  );
}

/** The six qualities together: which came most often and which was rarer, or that none was noted. */
export function sayQualities(view: Pick<LookingBack, 'span' | 'qualities'>): string {
  const { qualities, mostAndRarer } = view.qualities;
  if (!qualities.some((q) => q.noted > 0)) {
    const span = inSpan(view.span);
    return i18n._(msg`No check-in ${span} noted any of the six qualities.`);
  }
  const moves = coreWord(lookingBackCopy.qualitiesMove);
  if (!mostAndRarer) return moves;
  const over = opening(overSpan(view.span));
  const most = feeling(mostAndRarer.most);
  const rarer = feeling(mostAndRarer.rarer);
  return `${i18n._(msg`${over}, ${most} came most often; ${rarer} was rarer.`)} ${moves}`;
}

export function saySelfTalk(view: Pick<LookingBack, 'span' | 'selfTalk'>): string {
  const { pieces, byPattern } = view.selfTalk;
  const span = overSpan(view.span);
  if (!pieces) return i18n._(msg`Gentle noticing did not name any harder self-talk in your writing ${span}.`);
  const kinds = listIn(
    byPattern.map(({ pattern, count }) => {
      const name = midSentence(coreWord(noticingCopy[pattern].name));
      return i18n._(msg`${plural(count, { one: `${name} once`, other: `${name} # times` })}`);
    }),
  );
  const waves = coreWord(lookingBackCopy.selfTalkWaves);
  return `${i18n._(
    msg`Gentle noticing named a harder way of speaking to yourself in ${plural(pieces, { one: 'one piece', other: '# pieces' })} of writing ${span}: ${kinds}.`,
  )} ${waves}`;
}

/** How the person came away from time with someone, or how often they checked in without saying. */
export function sayPerson(person: LookingBackPerson): string {
  const { name, nourished, depleted, inBetween, checkIns } = person;
  if (nourished + depleted + inBetween === 0)
    return i18n._(
      msg`You checked in about ${name} ${plural(checkIns, { one: 'once', other: '# times' })}, without noting how you felt afterwards.`,
    );
  const ways = listIn([
    nourished ? i18n._(msg`nourished ${plural(nourished, { one: 'once', other: '# times' })}`) : '',
    depleted ? i18n._(msg`depleted ${plural(depleted, { one: 'once', other: '# times' })}`) : '',
    inBetween
      ? i18n._(msg`somewhere in between ${plural(inBetween, { one: 'once', other: '# times' })}`)
      : '',
  ]);
  return i18n._(msg`With ${name}, you came away ${ways}.`);
}

/** A grief returned to in the span, or carried without additions. */
export function sayGrief(grief: LookingBackGrief): string {
  const title = grief.untitled ? coreWord(grief.title) : grief.title;
  const returns = grief.returns;
  return returns
    ? i18n._(
        msg`You returned to “${title}” ${plural(returns, { one: 'once', other: '# times' })}. Grief is allowed to take its time.`,
      )
    : i18n._(msg`You are carrying “${title}”; nothing was added in this span, which is fine too.`);
}

/** Said when the months differ a good deal: ordinary, said so. */
export function sayUneven(view: Pick<LookingBack, 'uneven'>): string | null {
  return view.uneven === null ? null : coreWord(view.uneven);
}
