import {
  abandonedWords,
  afterwardsWords,
  feltWords,
  heldBoundaryWords,
  qualityWords,
} from '../check-ins/check-in-words.ts';
import { griefSubjectWords } from '../grief/grief-words.ts';
import { delayUnitCountWords, presenceWords, responseWords, stanceWords } from '../meetings/meeting-words.ts';
import {
  linkWords,
  originWords,
  partFieldWords,
  partRoleWords,
  partStateWords,
} from '../parts/part-words.ts';
import { bodyNeedWords, pauseNeedWords } from '../pauses/pause-words.ts';
import { pathWords, playedRoleWords, relationshipTypeWords } from '../relationships/relationship-words.ts';

/**
 * The words a shared item is rendered in: each domain's own table, the same the client's screens
 * show, so the practitioner reads what the client saw. Section labels speak in the client's voice,
 * as the client's screens do.
 */
export const shareWords = {
  stance: stanceWords,
  presence: presenceWords,
  delayUnit: delayUnitCountWords,
  response: responseWords,
  bodyNeed: bodyNeedWords,
  pauseNeed: pauseNeedWords,
  griefSubject: griefSubjectWords,
  partField: partFieldWords,
  origin: originWords,
  partRole: partRoleWords,
  partState: partStateWords,
  /** "Inner critic protects Little one". */
  link: linkWords,
  quality: qualityWords,
  felt: feltWords,
  abandoned: abandonedWords,
  heldBoundary: heldBoundaryWords,
  /** The afterwards scale, depleted (-2) to nourished (+2). */
  afterwards: afterwardsWords,
  relationshipType: relationshipTypeWords,
  playedRole: playedRoleWords,
  path: pathWords,
} as const;

/** Titles, section labels and the few sentences a shared document adds of its own. */
export const shareLabels = {
  meetingWith: (parts: string): string => `Meeting with ${parts}`,
  aPart: 'a part',
  partFallback: 'A part',
  broughtForward: 'What brought it forward',
  felt: 'What it felt',
  needed: 'What it needed',
  stances: 'How I related to it',
  presence: 'How present I was',
  offered: 'What I offered it',
  intensityBefore: 'Intensity before',
  intensityAfter: 'Intensity after',
  bothTrue: 'Both things that are true',
  onWhom: 'Who I was seeing through this part',
  recognisedAfter: 'How long after the moment I recognised it',
  outOfTen: (n: number): string => `${n} out of 10`,
  pause: 'A pause',
  breath: 'Breathe',
  breathTaken: 'I took the guided breath',
  intensity: 'How strong it was',
  whatHappened: 'What happened',
  whichPart: 'Which part may have been here',
  whoElse: 'Who was involved',
  bodyNeeds: 'What my body needed',
  needs: 'What I needed',
  ownNeeds: 'What I needed, in my own words',
  willDo: 'What I would do',
  intensityAfterPause: 'How strong it was afterwards',
  response: 'Which response happened',
  noticedAfter: 'How long afterwards',
  griefWhat: 'What I am grieving',
  griefPart: 'A part it belongs with',
  griefRelationship: 'A relationship it belongs with',
  added: (date: string): string => `Added ${date}`,
  addedBetween: (first: string, last: string): string => `Added ${first} to ${last}`,
  checkInWith: (name: string): string => `Check-in after time with ${name}`,
  checkInAlone: 'Check-in after time together',
  abandonedMyself: 'Did I abandon myself to keep the peace?',
  heldBoundary: 'Did I hold a boundary?',
  afterwards: 'How do I feel afterwards?',
  note: 'A note',
  journalEntry: 'Journal entry',
  entry: 'Entry',
  origins: 'What it formed through',
  role: 'A parts-work role',
  state: 'How present it has been lately',
  links: 'Links to other parts',
  relationshipFallback: 'A relationship',
  relationshipType: 'Kind of relationship',
  roles: 'Roles I have played',
  puttingDown: 'I am putting this down',
  fears: 'Fears about changing',
  path: 'The path I see now',
  pathHistory: 'How the path has changed',
  boundaries: 'Boundaries I am practising',
  continued: (label: string): string => `${label} (continued)`,
  sharedInPart: 'Shared in part',
  sharedInPartText:
    'This is longer than one shared item can hold, so it stops here. The rest stays in the vault it came from.',
} as const;
