import { cueWords, gapWithout, oneOf, phrases, type CrisisLanguage } from './crisis-language-rule.ts';

// Crisis language in German, said by the writer of themselves: on folded words ("möchte" is "mochte",
// "für" is "fur"; the spellings typed without umlauts, "moechte", "fuer", are listed beside them).
// Each phrase names the writer ("ich", "mich", "mir", "mein"), so "du", "man", "er" and "sie" stay
// unflagged; idioms with the same words ("das bringt mich um", "ich lache mich tot", "ich sterbe vor
// Hunger") are not among the phrases. Written by the project: see docs/ARCHITECTURE.md for the
// phrases that want a native speaker's review.

const NEGATIONS = ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinesfalls', 'nimmer'];
const GAP = gapWithout(NEGATIONS);

/** "ich will", "will ich", and the other ways of wanting, in either order. */
const I_WANT = (() => {
  const wanting = oneOf(
    'will',
    'mochte',
    'moechte',
    'mag',
    'wurde gerne',
    'wuerde gerne',
    'wurde lieber',
    'wuerde lieber',
    'wunsche mir',
    'wuensche mir',
    'sehne mich danach',
  );
  return oneOf(`ich ${wanting}`, `${wanting} ich`, `wunsche ich mir`, `wuensche ich mir`);
})();
// Folded, "wäre" is "ware" and "wären" is "waren".
const WOULD_BE = oneOf('ware', 'waere', 'waren', 'waeren');
const FOR = oneOf('fur', 'fuer');
const WISH = oneOf(
  'ich wunschte mir',
  'ich wuenschte mir',
  'wunschte ich mir',
  'ich wunschte',
  'ich wuenschte',
  'wunschte ich',
  'wuenschte ich',
  'ich wunsche mir',
  'ich wuensche mir',
  'wunsche ich mir',
  'wuensche ich mir',
  'ich hoffe',
  'hoffentlich',
);
const NOT_BEING = oneOf(
  'sterben',
  'tot sein',
  'nicht mehr leben',
  `nicht ${oneOf('mehr ', '')}weiterleben`,
  `nicht mehr ${oneOf('da', 'hier', 'am leben')} sein`,
  'nicht mehr existieren',
  `${oneOf('nicht mehr', 'nie mehr', 'nie wieder')} aufwachen`,
  `${FOR} immer ${oneOf('schlafen', 'einschlafen', 'verschwinden', 'weg sein')}`,
  // "Ich will nicht mehr." said of life, at the end of a sentence.
  `${oneOf('einfach ', '')}nicht mehr(?= [.!]|$)`,
);
const WISHED = oneOf(
  `ich ${WOULD_BE} ${oneOf('tot', 'nie geboren', 'nicht mehr da', 'nicht mehr am leben')}`,
  `tot zu sein`,
  `zu sterben`,
  `${oneOf('nicht mehr', 'nie mehr', 'nie wieder')} ${oneOf('aufzuwachen', 'zu leben', 'zu existieren', 'da zu sein')}`,
  `ich wache ${oneOf('morgen ', '')}${oneOf('nicht mehr', 'nie mehr', 'nie wieder', 'nicht')} auf`,
  `wache ich ${oneOf('morgen ', '')}${oneOf('nicht mehr', 'nie mehr', 'nie wieder', 'nicht')} auf`,
  `ich ${oneOf('sterbe', 'sterbe bald', 'sterbe einfach')}`,
);
const KILLING = oneOf(
  'umbringen',
  'umzubringen',
  'toten',
  'zu toten',
  'erhangen',
  'zu erhangen',
  'aufhangen',
  'aufzuhangen',
  'erschiessen',
  'zu erschiessen',
  'vergiften',
  'zu vergiften',
  'ritzen',
  'zu ritzen',
);
const SUICIDE = oneOf('selbstmord', 'suizid', 'freitod');
const MEANS = oneOf('tabletten', 'pillen', 'schlaftabletten', 'medikamente', 'schmerzmittel');
const HIGH_PLACE = oneOf('brucke', 'bruecke', 'hochhaus', 'dach', 'turm', 'klippe');
const ALL_OF_THEM = oneOf('alle', 'alle anderen', 'jeder', 'meine familie', 'die welt', 'ihr', 'es');

const germanPhrases = [
  // Wanting to die, not to live, not to wake up.
  `${I_WANT} ${GAP}${NOT_BEING}`,
  `${WISH} ${GAP}${oneOf(', ', '')}${GAP}${WISHED}`,
  `ich ${WOULD_BE} ${oneOf('lieber', 'besser')} tot`,
  `${WOULD_BE} ich ${oneOf('lieber', 'besser', 'doch')} tot`,
  // A clause with the verb at its end: "…, dass ich nicht mehr leben will".
  `ich ${GAP}${oneOf('sterben', 'tot sein', 'nicht mehr leben', 'nicht mehr aufwachen', `nicht mehr ${oneOf('da', 'hier', 'am leben')} sein`)} ${oneOf('will', 'mochte', 'moechte', 'mag', 'wurde')}`,
  `lieber tot als ${oneOf('so ', '')}${oneOf('weiter', 'weiterzuleben', 'zu leben', 'leben')}`,
  `ich ${oneOf('will', 'mochte', 'moechte', 'kann')} so nicht ${oneOf('mehr ', '')}${oneOf('leben', 'weiterleben')}`,
  `ich kann nicht mehr leben`,
  // Others better off without me.
  `${WOULD_BE} ${oneOf('alle', 'alle anderen', 'jeder', 'meine familie', 'es', 'die welt')} ${oneOf('ohne mich ', '')}besser dran`,
  `ohne mich ${WOULD_BE} ${ALL_OF_THEM} ${oneOf('viel ', '')}besser ${oneOf('dran', 'aufgehoben')}`,
  `${ALL_OF_THEM} ${WOULD_BE} ${oneOf('[a-z]+ ', '')}ohne mich ${oneOf('viel ', '')}besser`,
  `besser dran ohne mich`,
  `es ${WOULD_BE} ${oneOf(`${FOR} alle `, '')}besser ${oneOf(', ', '')}${oneOf('wenn', 'falls')} ich ${oneOf('nicht mehr', 'tot', 'weg', 'nie geboren', 'nicht')}`,
  // Killing myself, suicide.
  `mich ${GAP}${oneOf('selbst ', '')}${KILLING}`,
  `ich ${oneOf('bringe', 'bring')} mich ${GAP}um(?! ${oneOf('den', 'die', 'das', 'meinen', 'meine', 'mein', 'ein', 'eine', 'einen')}\\b)`,
  `${oneOf('bringe', 'bring')} ich mich ${GAP}um(?! ${oneOf('den', 'die', 'das', 'meinen', 'meine', 'mein', 'ein', 'eine', 'einen')}\\b)`,
  `ich ${oneOf('werde', 'will', 'mochte', 'moechte')} mich ${GAP}${KILLING}`,
  `mir ${GAP}das leben ${oneOf('nehmen', 'zu nehmen')}`,
  `${oneOf('ich nehme', 'nehme ich')} mir ${GAP}das leben`,
  `${oneOf('ich denke', 'denke ich', 'ich dachte', 'dachte ich')} ${GAP}${oneOf('an', 'uber', 'ueber')} ${oneOf(SUICIDE, `den tod(?! ${oneOf('meiner', 'meines', 'von', 'des', 'der', 'eines', 'einer')}\\b)`, 'das sterben', 'meinen tod', 'mein ende')}`,
  `${oneOf('ich habe', 'habe ich', 'ich hab', 'hab ich', 'ich hatte', 'hatte ich')} ${GAP}${oneOf('selbstmordgedanken', 'suizidgedanken', 'todeswunsche', 'todeswunsch', 'todesgedanken')}`,
  `${oneOf('ich bin', 'bin ich', 'ich fuhle mich', 'ich fuehle mich')} ${GAP}${oneOf('suizidal', 'lebensmude', 'lebensmuede', 'selbstmordgefahrdet', 'suizidgefahrdet')}`,
  `${oneOf('ich', 'will', 'werde')} ${GAP}${SUICIDE} ${oneOf('begehen', 'zu begehen', 'machen')}`,
  `${oneOf('mein', 'meinen', 'meinem')} ${oneOf('selbstmordversuch', 'suizidversuch', 'selbstmord', 'suizid')}`,
  // Ending it.
  `${oneOf('meinem', 'mein')} leben ${GAP}${oneOf('ein ende setzen', 'ein ende machen', 'ein ende bereiten', 'beenden', 'zu beenden')}`,
  `${oneOf('ich will', 'ich werde', 'ich mochte', 'ich moechte', 'will ich', 'werde ich')} ${GAP}${oneOf('mit allem', 'mit meinem leben', 'mit dem leben')} schluss ${oneOf('machen', 'zu machen')}`,
  `${oneOf('ich mache', 'ich mach', 'mache ich')} ${GAP}${oneOf('mit allem', 'mit meinem leben')} schluss`,
  `${oneOf('ich will', 'ich werde', 'ich mochte', 'ich moechte')} ${GAP}allem ein ende ${oneOf('setzen', 'machen')}`,
  // Plans and means.
  `${oneOf('ich habe', 'habe ich', 'ich hab', 'hab ich')} ${GAP}${MEANS} ${oneOf('[a-z]+ ', '')}${oneOf('gesammelt', 'gehortet', 'gebunkert', 'zur seite gelegt', 'aufgehoben', 'versteckt', 'zusammen')}`,
  `genug ${MEANS} ${GAP}${oneOf('um es zu tun', 'um zu sterben', 'um nicht mehr aufzuwachen', FOR + ' mich', 'gesammelt', 'gehortet')}`,
  `${oneOf('ich habe', 'habe ich', 'ich hab', 'hab ich')} ${oneOf('mir ', '')}${GAP}${oneOf('ein seil', 'einen strick', 'eine schlinge')} ${oneOf('[a-z]+ ', '')}${oneOf('gekauft', 'besorgt', 'geholt', 'geknupft', 'bereitgelegt', 'versteckt')}`,
  `${oneOf('von welcher', 'von der', 'von einer', 'von einem', 'von welchem')} ${HIGH_PLACE} ich ${GAP}springe`,
  `ich ${oneOf('werde', 'will', 'mochte', 'moechte')} ${GAP}${oneOf(`von ${oneOf('der', 'einer', 'einem', 'dem')} ${HIGH_PLACE}`, `vor ${oneOf('den', 'einen')} zug`)} ${oneOf('springen', 'werfen')}`,
  `mich vor ${oneOf('den', 'einen')} ${oneOf('zug', 'lkw', 'bus')} ${oneOf('werfen', 'zu werfen')}`,
  `${oneOf('ich habe', 'habe ich', 'ich hab', 'hab ich', 'ich schreibe', 'ich werde')} ${GAP}${oneOf('einen ', 'meinen ', '')}abschiedsbrief`,
  // Hurting myself.
  `${oneOf('ich ritze', 'ritze ich')} mich`,
  `${oneOf('ich habe', 'habe ich', 'ich hab', 'hab ich')} mich ${GAP}geritzt`,
  `${oneOf('ich verletze', 'verletze ich')} mich ${oneOf('[a-z]+ ', '')}selbst`,
  `mich ${oneOf('[a-z]+ ', '')}selbst ${oneOf('verletzen', 'zu verletzen')}`,
  `ich ${oneOf('schneide', 'schnitt')} mich ${oneOf('absichtlich', 'wieder', 'in die arme', 'in die beine', 'mit einer klinge')}`,
  // Burden, no sense, no strength to live.
  `${oneOf('ich bin', 'bin ich')} ${gapWithout(NEGATIONS, 5)}${oneOf('eine last', 'eine belastung', 'ein klotz am bein')}`,
  `mein leben ${oneOf('hat', 'macht')} ${oneOf('[a-z]+ ', '')}keinen sinn`,
  `${oneOf('es hat', 'hat es', 'das leben hat', 'alles hat', 'hat alles')} ${oneOf('alles ', '')}keinen sinn mehr`,
  `${oneOf('ich sehe', 'sehe ich')} keinen sinn ${oneOf('mehr ', '')}${oneOf('im leben', 'in meinem leben', 'zu leben', 'weiterzuleben')}`,
  `${oneOf('ich halte', 'ich ertrage', 'halte ich', 'ertrage ich')} ${oneOf('[a-z]+ ', '')}${oneOf('das leben', 'mein leben', 'dieses leben')} nicht mehr`,
  `keine kraft mehr ${oneOf('zu leben', 'zum leben', 'weiterzuleben')}`,
  `keinen grund ${oneOf('mehr ', '')}${oneOf('zu leben', 'weiterzuleben', 'zum leben')}`,
];

export const germanCues = [
  'ich',
  'mich',
  'mir',
  'mein',
  'meinem',
  'meinen',
  'tot',
  'genug',
  'keine',
  'keinen',
  'ware',
  'waere',
  'waren',
  'waeren',
];

export const german: CrisisLanguage = Object.freeze({
  language: 'de',
  rules: phrases(germanPhrases),
  cues: cueWords(germanCues),
  negation: new RegExp(`^${oneOf(...NEGATIONS)}$`),
  notNegation: /^(?:weiss|weis)$/,
  othersSpeech:
    /\b(?:er|sie|mein \w+|meine \w+|der \w+|die \w+) (?:sagt|sagte|meinte|schrieb|rief|erzahlte|hat (?:mir |uns |ihm |ihr )?(?:gesagt|geschrieben|erzahlt))\b/,
  // "Ich habe nicht vor, mich umzubringen": an intention denied before the comma.
  unless:
    /\b(?:(?:habe|hab) (?:nicht|nie|niemals|keinesfalls) vor|vor lachen|beim (?:kochen|sport|rasieren)|aus versehen|versehentlich)\b/,
});
