import { ADVERBS } from './lexicon.ts';
import { any } from './rule.ts';

// Crisis language as acts, plans and means: killing oneself, self-harm, stored medication, a
// weapon or a place with intent, a date or a note, suicide and being suicidal, and shorthand for them.

const PILLS = any(
  'pills',
  'tablets',
  'meds',
  'medication',
  'medications',
  'medicine',
  'painkillers',
  'paracetamol',
  'tylenol',
  'benzos',
  'insulin',
  'antidepressants',
  'sleeping pills',
  'sleeping tablets',
  'prescriptions',
);
const MEANS = any(
  'gun',
  'guns',
  'pistol',
  'rifle',
  'shotgun',
  'rope',
  'noose',
  'blade',
  'blades',
  'razor',
  'razors',
  'knife',
  'bridge',
  'tracks',
  'ledge',
  'rooftop',
  'roof',
  'cliff',
  'belt',
  'cord',
  'bleach',
  PILLS,
);
const INTENT = any(
  'thinking about (?:it|using it|doing it|that|jumping|using them|taking them)',
  'use it on myself',
  'on myself',
  'to my head',
  'in my mouth',
  'do it with',
  'end it with',
  'end it all',
);
const BODY = any(
  'arms?',
  'wrists?',
  'legs?',
  'thighs?',
  'skin',
  'stomach',
  'hips?',
  'hands?',
  'body',
  'veins',
);
const HEIGHT = any(
  'bridge',
  'roof',
  'rooftop',
  'building',
  'cliff',
  'balcony',
  'ledge',
  'window',
  'overpass',
  'tower',
  'car park',
);
// Vehicles and tracks are a place to step in front of or under, not off: "step off the bus" is a stop.
const VEHICLE = any(
  'trains?',
  'bus',
  'car',
  'truck',
  'lorry',
  'traffic',
  'tracks',
  'train tracks',
  'railway',
);
const NOTE = `${any('wrote', 'written', 'writing', 'write', 'left', 'leave', 'finished', 'drafted')} (?:a |the |my )?(?:suicide |goodbye |farewell |final )?${any('note', 'letter', 'letters')}`;
const DATE = `${any('picked', 'set', 'chosen', 'chose', 'picking', 'choosing', 'decided on', 'pick', 'choose')} (?:a |the |my )?${any('date', 'day', 'time', 'method', 'way', 'spot')}`;

/** Acts the writer names as their own by the word itself ("myself", "my wrists"). */
export const crisisActs: readonly string[] = [
  `(?:kill|killing|killed|off|offing|hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing|suffocate|suffocating|gas|gassing) myself`,
  `end(?:ing)? (?:my (?:own )?life|it all)|tak(?:e|ing) my (?:own )?life`,
  `${any('urge', 'urges', 'need', 'want', 'wanting', 'itch', 'craving', 'crave', 'cravings', 'tempted')} to ${any('cut(?! (?:ties|my hair|his hair|her hair|it|the|them|him|her|back|down|out|off|loose|corners|costs|in|through|my losses|our|his|a|an|some|and run|class|school|work|sugar|carbs|me|people|someone|contact))', 'bleed', 'burn myself', 'self harm', 'relapse')}`,
  `(?:cutting|cut|self harming|self harmed|relapsed) again|started cutting|(?:by|from|keep|kept|stop|stopped|quit|quitting|been|resort to|resorted to|turned to|turn to) cutting(?= *$| [,;:!?"-]| again| and| but| when| because| to (?:cope|feel|take|numb|punish|forget))|until (?:it|i) bled|want(?:ed)? (?:it|the pain) to hurt|hurt to feel (?:something|anything|better)|need to (?:hurt|bleed)`,
  `${any('relapsed', 'relapse', 'relapsing', 'urge', 'urges', 'urged', 'cravings?', 'started', 'been', 'going to', 'want to', 'need to', 'back to', 'thoughts of', 'tempted to')} (?:on |into |to |about |of )?(?:self harm|sh)(?:ing|ed)?`,
  `sh ${any('urges?', 'again', 'relapse', 'scars', 'wounds', 'cuts')}`,
  `razor blades?`,
  // Medication taken or stored, and looking for a lethal amount.
  `${any('took', 'take', 'taken', 'taking', 'swallowed', 'swallow', 'swallowing', 'downed')} ${any('too many', 'all (?:of )?(?:my|the)', 'a (?:bunch|handful|load|lot|whole bottle|whole packet|whole box|bottle|box|pack|packet) of', 'an entire (?:bottle|box|pack|packet) of', 'the whole (?:bottle|packet|box) of', 'every', 'a month of', 'a week of')} (?:my |the )?${PILLS}`,
  `(?:a whole|the whole|an entire) (?:bottle|packet|pack|box) of ${PILLS}`,
  `${any('saving', 'saved', 'save', 'stockpiling', 'stockpiled', 'stockpile', 'hoarding', 'hoarded', 'hoard', 'collecting', 'collected', 'stashing', 'stashed', 'counting', 'counted', 'storing', 'stored')} (?:up |out )?(?:all |some |enough |a lot of |a bunch of |extra )?(?:of )?(?:my |the |his |her |our )?(?:old |spare |extra |prescription |anxiety )?${PILLS}`,
  `enough ${PILLS} to|how many ${any(PILLS, 'of my (?:pills|meds|tablets|medication)')}|${any('lethal', 'fatal', 'deadly')} ${any('dose', 'amount', 'quantity', 'overdose')}|would be (?:${any('lethal', 'fatal', 'deadly')}|enough to kill me)`,
  `${any('looked up', 'look up', 'looking up', 'googled', 'googling', 'google', 'searched', 'searching', 'researched', 'researching', 'read about', 'reading about')}(?: [a-z]+){0,3}? ${any('how to die', 'how to kill myself', 'ways to die', 'painless ways', 'suicide methods', 'how many pills', 'how much (?:of )?(?:my |the )?(?:pills|medication|meds|tablets|paracetamol)', 'how to end it', 'how long it takes to die', 'how to overdose')}`,
  `ways? to die|painless way(?:s)? to go|giving away my (?:things|stuff|belongings)`,
  // A weapon or a place, with intent; a plan, a date, a note.
  `${any('jump', 'jumping', 'jumped', 'throw myself', 'throwing myself', 'threw myself', 'step', 'stepping', 'stepped', 'lie down', 'lying down', 'lay down', 'walk', 'walking')}(?: [a-z]+){0,2}? (?:${any('off', 'from', 'in front of', 'under', 'onto')} (?:the |a |that |this |my )?${HEIGHT}|${any('in front of', 'under')} (?:the |a |that |this |my )?${VEHICLE}|${any('onto', 'on to')} (?:the )?${any('tracks', 'train tracks', 'railway', 'rails')})`,
  `${any('drive', 'driving', 'drove', 'crash', 'crashing', 'crashed', 'swerve', 'swerving')}(?: [a-z]+){0,3}? ${any('off (?:the |a )?(?:bridge|cliff|road)', 'into (?:a |the )?(?:tree|wall|oncoming|river|lake|traffic)')}`,
  `edge of the (?:roof|bridge|cliff|platform|building)`,
  `${DATE}(?: [a-z]+){0,6}? ${any('do it', 'end it', 'die', 'kill myself', 'go through with it', 'end things')}|${NOTE}(?: [a-z]+){0,4}? ${DATE}|${DATE}(?: [a-z]+){0,4}? ${NOTE}`,
  `${any('have', 'had', 'made', 'make', 'got', 'making', 'working on', 'came up with')} (?:a|the|my) plan${any(' to (?:die|do it|end (?:it|my life|things)|kill myself|go through with it)', ' and the means', ' for (?:how|when) (?:i|to) (?:die|do it|end it|kill myself)', ' and (?:a|the) (?:date|means|method)')}|(?:have|got) the means`,
  `how (?:i|to) (?:would |could |might |will |should )?${any('do it', 'end it', 'end my life', 'kill myself')}`,
  `${any('call', 'called', 'calling', 'rang', 'ring', 'text', 'texted', 'texting', 'phoned', 'phone', 'contacted')} (?:a |the |an )?(?:suicide|crisis) ${any('hotline', 'line', 'helpline', 'number', 'lifeline', 'text line', 'team')}`,
  // Access to a firearm, or one held to oneself: lethal means, as any safety plan asks about.
  `${any('have', 'had', 'own', 'bought', 'buy', 'buying', 'got', 'get', 'getting', 'keep', 'kept', 'hold', 'holding', 'load', 'loaded', 'loading', 'look for', 'looking for', 'find', 'found', 'borrow', 'borrowed', 'took', 'grabbed')} (?:a |my |the |his |her |some |a loaded |(?:my )?(?:dad|father|dads|fathers|mum|mom|brother|husband) )?${any('gun', 'guns', 'pistol', 'rifle', 'shotgun', 'handgun', 'firearm', 'revolver')}`,
  `${any('gun', 'pistol', 'rifle', 'revolver', 'barrel', 'knife', 'blade')} (?:in|on|to|against) my ${any('lap', 'hand', 'mouth', 'head', 'temple', 'chin', 'throat', 'wrist', 'wrists')}`,
  `${any('suicide', 'goodbye', 'farewell')} ${any('note', 'letter', 'letters', 'message', 'video')}s?|letters? (?:to everyone )?saying goodbye`,
  `(?:said|saying|say) (?:my |our )?goodbyes|(?:saying|say|said) goodbye to ${any('everyone', 'everybody', 'the world', 'life', 'you all', 'this world')}|goodbye ${any('world', 'everyone', 'cruel world', 'everybody')}`,
  `(?:check|checking|checked) out ${any('permanently', 'for good', 'early', 'of (?:life|this world|this life)')}`,
  `(?:not|never) (?:going to )?be ${any('here', 'around', 'alive')} ${any('much longer', 'for much longer', 'for long', 'long', 'by (?:then|the end of)', 'to see')}`,
];

/** Hurting oneself: "myself" and "my wrists" name the writer; accidents are told apart by the caller. */
export const crisisSelfHarm: readonly string[] = [
  // Going deeper than meant: "I cut deeper than I meant to" (not "cut deeper into the wood").
  `${any('cut', 'cutting', 'cuts')} ${ADVERBS}(?:myself )?deeper(?! ${any('into', 'in to', 'through', 'to the')})`,
  `${any('cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'hurt', 'hurting', 'harm', 'harming', 'harmed', 'punish', 'punishing', 'starve', 'starving', 'starved', 'scratch', 'scratching', 'scratched', 'hit', 'hitting', 'punch', 'punching', 'punched', 'bite', 'biting', 'choke', 'choking', 'strangle', 'strangling', 'bruise', 'bruising', 'carve', 'carving', 'carved', 'slash', 'slashing', 'slashed', 'mutilate', 'mutilating', 'injure', 'injuring')} myself`,
  `${any('cut', 'cutting', 'slit', 'slitting', 'slice', 'slicing', 'slash', 'slashing', 'burn', 'burning', 'burned', 'scratch', 'scratching', 'scratched', 'carve', 'carving')} (?:open )?(?:up )?my ${BODY}`,
];

/** Acts and reasons that name the writer inside them ("no reason for me to…"), whoever the subject. */
export const crisisActsAboutMe: readonly string[] = [
  `${MEANS}(?: [a-z]+){0,12}? ${INTENT}|${INTENT}(?: [a-z]+){0,6}? ${MEANS}`,
  `${any('no', 'not any', 'any', 'not a single')} (?:good )?${any('reason', 'point', 'purpose')} (?:for me )?(?:to|in|of) ${any('living', 'live', 'go on', 'going on', 'keep going', 'keep living', 'stay alive', 'staying alive', 'be alive', 'being alive', 'being here', 'be here', 'wake up', 'waking up', 'life', 'my life', 'me being alive', 'existing', 'exist', 'continue', 'continuing', 'carry on')}`,
  `point ${any('of', 'in')} ${any('living', 'being alive', 'me being alive', 'me being here', 'going on', 'existing', 'waking up', 'staying alive', 'carrying on', 'my life', 'my existence')}`,
  `(?:life|my life|living) ${any('is not', 'is no longer', 'not', 'is not really')} worth ${any('living', 'it anymore', 'the pain')}|(?:not|no longer|never) worth living`,
  `if i live or die`,
  `${any('bought', 'buy', 'buying', 'got', 'have', 'tied', 'tie', 'tying')} (?:a |some |the )?(?:rope(?! (?:for|to (?:tie|hang (?:the|a|my) (?:washing|clothes|laundry|hammock))|and (?:pegs|a tarp|tent)))|noose)|noose`,
  `(?:do not|can not|could not) see ${any('a', 'any', 'the')} ${any('reason', 'point')} (?:in |to |of )?${any('living', 'live', 'keep living', 'going on', 'being alive', 'be alive', 'staying alive', 'life', 'waking up')}`,
  `(?:be|being) (?:here|around|alive) (?:for )?(?:much|very much) longer`,
];

/** Suicide and being suicidal: named as the writer's own ("my", "I") or with a verb they do. */
export const crisisSuicide: readonly string[] = [
  `${any('attempt', 'attempted', 'attempting', 'consider', 'considered', 'considering', 'contemplate', 'contemplated', 'contemplating', 'commit', 'committing', 'plan', 'planned', 'planning', 'think about', 'thinking about', 'thought about', 'thoughts of', 'thinking of', 'thought of', 'research', 'researched', 'researching', 'googled', 'googling', 'obsessed with', 'dream of', 'dreaming of', 'fantasize about', 'fantasizing about', 'close to', 'closer to', 'urge to commit', 'urges to commit', 'survived')} (?:my |a |another )?suicide`,
  `${any('am', 'was', 'be', 'being', 'feel', 'felt', 'feeling', 'been', 'get', 'getting', 'got', 'become', 'became', 'becoming', 'gone', 'go', 'going', 'turn', 'turned', 'makes? me', 'made me', 'making me', 'leaves me', 'left me')} ${ADVERBS}(?:(?!not |never |no )[a-z0-9]+ (?:and |or )?){0,2}suicidal`,
  `suicide (?:${any('feels', 'seems', 'is', 'sounds', 'looks')}) (?:like )?(?:the |my |an |a )?${any('only', 'best', 'last', 'easiest', 'sole', 'one', 'real')} ${any('way out', 'option', 'answer', 'choice', 'solution', 'escape', 'way')}`,
  `suicide (?:${any('feels', 'seems', 'sounds')}) like (?:my |a |an |the )?${any('way out', 'option', 'answer', 'escape', 'relief')}`,
];

/** Suicide or self-harm as nouns, which count only when the writer names them as theirs. */
export const crisisNamed: readonly string[] = [
  `my (?:suicide|suicidal|self harm|overdose)`,
  `suicide (?:[a-z]+ )?${any('attempts?', 'plans?', 'notes?', 'letters?', 'methods?', 'fantasies', 'thoughts?', 'ideation', 'urges?', 'feelings?')}`,
  `suicidal (?:(?:and|or) [a-z]+ (?:[a-z]+ )?)?${any('thoughts?', 'ideation', 'ideations', 'urges?', 'feelings?', 'tendencies', 'again', 'lately', 'episodes?', 'thinking', 'plans?', 'feeling')}`,
  `self (?:harm|harming|harmed|injury|injure|injuring|mutilation|mutilate)|${any('overdose', 'overdosed', 'overdosing', 'od', 'took an overdose', 'od d')}`,
  `${any('not', 'never', 'no longer')} (?:feel |feeling )?safe(?! ${any('to', 'enough', 'bet', 'choice', 'space', 'word', 'driving', 'driver', 'with you', 'from', 'investment', 'option', 'place', 'house')})|${any('can not', 'could not', 'unable to', 'not sure (?:if )?i can', 'not think i can', 'not know (?:if|how) i can', 'struggling to', 'hard to')} keep myself safe|do not trust myself|${any('scared', 'afraid', 'terrified', 'worried')} (?:of )?what i (?:might|could|would|will|am going to) do|do something (?:to myself|drastic)`,
];

/** Danger from someone else: heard in their words, and still crisis. */
export const crisisDanger: readonly string[] = [
  `${any('he', 'she', 'they', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'dad', 'father', 'mum', 'mom', 'mother', 'ex', 'stepdad', 'stepmom', 'stepmum')} ${any('hit', 'hits', 'beat', 'beats', 'choked', 'chokes', 'strangled', 'kicked', 'slapped', 'punched', 'raped', 'threatened', 'threatens', 'hurt', 'hurts', 'strangles')} me(?! (?:to|at|in (?:a|the) game))`,
  `threat(?:ened|ens|ening)? to kill me|(?:would|will|is going to|was going to) kill me (?:if|when|one day)|${any('scared', 'afraid', 'terrified')} (?:that )?(?:he|she|they) (?:will|would|might|is going to|are going to|will) (?:hurt|hit|kill)|afraid to go home|not safe (?:at home|with (?:him|her|them))`,
];
