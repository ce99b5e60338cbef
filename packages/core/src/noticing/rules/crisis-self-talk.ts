import { ADVERBS } from './lexicon.ts';
import { END, SEASON } from './crisis-implied.ts';
import { any } from './rule.ts';

// Crisis as it comes up inside self-talk: the right to exist weighed and denied in words other than
// "live" ("take up space", "worthy of being alive"), pleas and hopes about the last night's sleep,
// means looked into or kept in mind, not seeing oneself here by a season, and no reason left to stay.
// Each names the writer's own life; the same words about a seat, a job or a trip name their thing.

/** Where the writer would stay, in words other than "live". */
const STAYING = any(
  'take up (?:space|room|air)(?: on this (?:planet|earth)| in this world)?',
  'be on this planet',
  'walk this earth',
  'keep going',
  'go on',
  'carry on',
  'keep breathing',
  'see tomorrow',
  'stay alive',
  'keep living',
  'be alive',
  'be here',
  'live',
  'exist',
);
/** Asking, begging or praying, by the writer. */
const PLEADING = any('beg', 'begged', 'begging', 'pray', 'prayed', 'praying', 'plead', 'pleaded', 'pleading');
/** A thing kept to hand that can kill. */
const FIREARM = any('gun', 'guns', 'rifle', 'shotgun', 'pistol', 'revolver', 'firearm');
/** A height named as a means. */
const HEIGHT = any(
  'bridges?',
  'buildings?',
  'cliffs?',
  'car parks?',
  'multi storeys?',
  'roofs?',
  'towers?',
  'balconies',
  'balcony',
);

/** The end of the clause, or the wrong it is weighed against: "…after what I did", "…after all this". */
const AFTER_A_WRONG = `(?:${END}| ${any('after what', 'after everything', 'after all (?:this|that|i have done)', 'when i have', 'when i am', 'given what', 'knowing what', 'for what')})`;

/** First-person crisis in self-talk: the writer is the subject. */
export const crisisSelfTalk: readonly string[] = [
  // Not deserving to exist, said as space taken up or breath drawn: "I don't deserve to take up space".
  `(?:do not|does not|did not|never|no longer|not) ${ADVERBS}deserve to ${STAYING}${AFTER_A_WRONG}`,
  // Unworthy of one's own life: "I'm not worthy of being alive".
  `(?:not|never|no longer) ${ADVERBS}(?:worthy|deserving) of ${any('being alive', 'living', 'life', 'staying alive', 'being here', 'existing', 'this life', 'another day')}${END}`,
  `unworthy of ${any('being alive', 'living', 'life', 'staying alive', 'being here', 'existing')}${END}`,
  // The right to go on questioned: "why should I get to keep going after what I did?"
  `why ${any('should', 'do', 'does', 'would')} i ${ADVERBS}(?:even )?${any('get to', 'deserve to', 'be allowed to', 'have the right to')} ${STAYING}${AFTER_A_WRONG}`,
  // Not allowed to exist: "I shouldn't be allowed to exist".
  `${any('should not', 'should never', 'ought not to')} be allowed to ${any('exist', 'live', 'be alive', 'breathe')}${END}`,
  // A plea with "just": "begging the universe to just end me".
  `${PLEADING}(?: [a-z]+){0,4}? to ${ADVERBS}${any('end me', 'take me', 'kill me', 'let me die', 'let me go to sleep forever')}${END}`,
  // The last sleep hoped for: "I hope this is the last time I close my eyes".
  `${any('hope', 'hoping', 'wish', 'pray', 'praying', 'want')}(?: that)?(?: [a-z]+){0,2}? ${any('this', 'tonight', 'it')} ${any('is', 'will be', 'would be')} the last time i (?:ever )?${any('close my eyes', 'fall asleep', 'go to sleep')}`,
  // Means looked into: "reading about which bridges are high enough".
  `${any('which', 'what', 'whether', 'if')} (?:the )?(?:[a-z]+ ){0,2}?${HEIGHT} ${any('are', 'is', 'would be')} ${any('high', 'tall')} enough`,
  // Means kept in mind: "I keep thinking about my dad's gun".
  `${any('thinking about', 'think about', 'thought about', 'staring at', 'stared at', 'know where')} (?:my |our )(?:[a-z]+ )?${FIREARM}`,
  // Not seeing oneself here by a season: "I can't see myself still being here at Christmas".
  `${any('can not', 'do not', 'could not')} see myself (?:still )?(?:being )?${any('here', 'alive', 'around')} ${any('at', 'by', 'for', 'in', 'this', 'past')} ${SEASON}${END}`,
  // Told as an act at the edge: "I rang the helpline because I was about to jump".
  `(?:was|am|were) ${ADVERBS}${any('about to', 'ready to', 'going to')} jump${END}`,
  // No reason left to stay: "There is no reason left for me to stay alive".
  `no (?:single )?reason (?:left )?(?:for me )?to ${any('stay alive', 'keep living', 'be alive', 'go on living', 'keep breathing')}${END}`,
  // Giving things away with no need for them "where I'm going".
  `${any('gave', 'give', 'giving', 'given')} (?:[a-z]+ ){1,4}away (?:[a-z]+ ){0,2}?(?:because|since|as) i ${any('will not', 'do not', 'am not going to')} need (?:it|them|any of (?:it|them))(?: [a-z]+){0,2}? where i am going${END}`,
];

/** Phrases that name the writer inside them, whoever the sentence's subject. */
export const crisisSelfTalkAboutMe: readonly string[] = [
  // "People like me shouldn't be allowed to exist."
  `${any('someone', 'somebody', 'people', 'anyone', 'a person')} ${any('like me', 'as [a-z]+ as me')} ${any('should not', 'should never', 'ought not to')} be allowed to ${any('exist', 'live', 'be alive', 'breathe')}${END}`,
  // Someone else freed of the writer for good: "if I was out of the way for good".
  `if i (?:was|were) (?:just )?out of ${any('the way', 'the picture', 'their lives', 'his life', 'her life')} ${any('for good', 'forever', 'permanently')}`,
  // A survivor's "it should have been me", with the death named.
  `it should have been me(?: [,;-])? ${any('in (?:that|the) (?:crash|accident|car|fire|coffin|ground)', 'who died', 'that died', 'instead of (?:him|her|them) in')}`,
];
