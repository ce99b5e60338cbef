import { msg, plural } from '@lingui/core/macro';
import { readableWords, type ReadableLanguage, type ReadableWords } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';
import { inWords } from '../core-word-table.ts';
import { sayQualityOverview, sayQualitySummary } from './qualities.ts';
import { midSentence } from './say.ts';
import { sayDay, shareLanguageNow } from './share.ts';
import { sayRelationshipStory } from './relationship-story.ts';
import { sayMonth, sayPartStory } from './story.ts';

/*
 * The person's readable copy (the page for a session, its Markdown file, the readable export) in the
 * language Tend speaks: Tend's own words, days, months and every summary said afresh from its facts.
 * What the person wrote stays as they wrote it. The English reads as core's `readableWords`.
 */

function readableWordsNow(): ReadableWords {
  const w = readableWords;
  return {
    ...w,
    sessionTitle: coreWord(w.sessionTitle),
    private: coreWord(w.private),
    madeOn: (day) => i18n._(msg`Made on ${day}, on this device.`),
    span: (from, to) => (from === to ? from : i18n._(msg`${from} to ${to}`)),
    anyTime: coreWord(w.anyTime),
    nothingChosen: coreWord(w.nothingChosen),
    inYourWords: coreWord(w.inYourWords),
    unnamed: coreWord(w.unnamed),
    picturesTitle: coreWord(w.picturesTitle),
    picturesIntro: coreWord(w.picturesIntro),
    partPicture: (name) => i18n._(msg`How you related to ${name}`),
    relationshipPicture: (name) => i18n._(msg`Time with ${name}`),
    qualitiesPicture: (name) => i18n._(msg`What time with ${name} offered`),
    metNothingNoted: coreWord(w.metNothingNoted),
    nourished: coreWord(w.nourished),
    depleted: coreWord(w.depleted),
    heldBoundary: coreWord(w.heldBoundary),
    abandonedMyself: coreWord(w.abandonedMyself),
    checkIns: (count) => i18n._(msg`${plural(count, { one: '# check-in', other: '# check-ins' })}`),
    inMonth: (month) => i18n._(msg`in ${month}`),
    betweenMonths: (from, to) => i18n._(msg`between ${from} and ${to}`),
    listsTitle: coreWord(w.listsTitle),
    sessionListHeading: (name) =>
      name ? i18n._(msg`For my session with ${name}`) : coreWord(w.sessionListHeading('')),
    forSessionOn: (day) => i18n._(msg`For the session on ${day}`),
    aboutItem: coreWord(w.aboutItem),
    goneFromDevice: coreWord(w.goneFromDevice),
    vaultTitle: coreWord(w.vaultTitle),
    vaultIntro: coreWord(w.vaultIntro),
    leftOutOfIndex: coreWord(w.leftOutOfIndex),
    itemCount: (count) => i18n._(msg`${plural(count, { one: '# item', other: '# items' })}`),
    folder: inWords(w.folder, coreWord),
    kindTitle: (kind) => coreWord(w.kindTitle(kind)),
    fieldLabel: (name) => coreWord(w.fieldLabel(name)),
  };
}

/** The readable copy's language now; asked for again when the language changes. */
export function readableLanguageNow(): ReadableLanguage {
  return {
    words: readableWordsNow(),
    share: shareLanguageNow(),
    word: coreWord,
    inList: midSentence,
    date: sayDay,
    month: sayMonth,
    partStory: sayPartStory,
    relationshipStory: sayRelationshipStory,
    quality: sayQualitySummary,
    qualityOverview: sayQualityOverview,
  };
}
