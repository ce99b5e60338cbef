import {
  crisisActs,
  crisisActsAboutMe,
  crisisDanger,
  crisisNamed,
  crisisSelfHarm,
  crisisSuicide,
} from './crisis-acts.ts';
import { crisisImplied, crisisImpliedAboutMe } from './crisis-implied.ts';
import { crisisPlansAboutMe, crisisPlansAndPleas } from './crisis-plans-and-pleas.ts';
import { crisisAboutMe, crisisWishes } from './crisis-wishes.ts';
import { crisisWorth, crisisWorthAboutMe } from './crisis-worth.ts';
import { crisisSelfTalk, crisisSelfTalkAboutMe } from './crisis-self-talk.ts';
import {
  attemptOrHarm,
  burden,
  givingUp,
  hopelessness,
  puttingInOrder,
  trappedOrInPain,
  warningSignsAboutMe,
} from './crisis-warning-signs.ts';
import { rules, type Rule } from './rule.ts';

// Crisis language errs toward recall: a false offer of support costs a tap, a missed one can cost more.
// What keeps it from flagging people who write *about* suicide to help others is not a shorter word
// list but who the words are about: the writer, now (see notice-sentence.ts).

// Hurts that happen by accident are not self-harm: "cut myself cooking", "a slice of cake".
const accident =
  /\b(?:accident|accidentally|by mistake|while (?:cooking|shaving|chopping|cleaning|running|playing|gardening)|shaving|cooking|chopping|slicing|peeling|gardening|unpacking|opening (?:a|the)|on (?:a|the|an) (?:[a-z]+ )?(?:knife|glass|paper|door|edge|corner|table|ice|stairs|steps|ladder|pavement|trampoline|oven|stove|hob|iron|kettle|pan|tray|grill|radiator|heater|fence|nail|wire|tin|barbecue|bbq|fire|candle|exhaust)|skiing|climbing|lifting|a slice|a piece|some (?:cake|bread|slack)|playing|at the gym|working out|tripped|fell (?:over|down|off)|my (?:hair|fringe|nails))\b|myself (?:off|free|short|loose)\b/u;

export const crisisRules: readonly Rule[] = Object.freeze([
  ...rules('crisis', crisisWishes),
  ...rules('crisis', crisisAboutMe, { whose: 'anyone' }),
  ...rules('crisis', crisisActs),
  ...rules('crisis', crisisActsAboutMe, { whose: 'anyone' }),
  ...rules('crisis', crisisPlansAndPleas),
  ...rules('crisis', crisisPlansAboutMe, { whose: 'anyone' }),
  ...rules('crisis', crisisImplied),
  ...rules('crisis', crisisImpliedAboutMe, { whose: 'anyone' }),
  ...rules('crisis', crisisWorth),
  ...rules('crisis', crisisWorthAboutMe, { whose: 'anyone' }),
  ...rules('crisis', crisisSelfTalk),
  ...rules('crisis', crisisSelfTalkAboutMe, { whose: 'anyone' }),
  ...rules('crisis', crisisSelfHarm, { unless: accident }),
  ...rules('crisis', crisisSuicide),
  ...rules('crisis', [
    ...hopelessness,
    ...burden,
    ...trappedOrInPain,
    ...givingUp,
    ...puttingInOrder,
    ...attemptOrHarm,
  ]),
  ...rules('crisis', warningSignsAboutMe, { whose: 'anyone' }),
  ...rules('crisis', crisisNamed, { whose: 'stated' }),
  ...rules('crisis', crisisDanger, { whose: 'anyone', isNegatable: false, isHeardFromOthers: true }),
]);
