import { rules, type Rule } from './rule.ts';

// Crisis language errs toward recall: a false offer of support costs a tap, a missed one can cost more.
// Phrases that can be plainly negated ("I'm not suicidal") are negatable; phrases that carry their own
// negation ("I don't want to be here") are not.
const negatable = [
  String.raw`\b(?:want|wanted|wanna|wish|wishing|ready|like|longing|tempted) to (?:die|be dead)\b`,
  String.raw`\bkill(?:ing)? myself\b`,
  String.raw`\bend(?:ing)? (?:my (?:own )?life|it all)\b`,
  String.raw`\bend(?:ing)? (?:it|things)\b(?! with\b)`,
  String.raw`\bsuicid\w*`,
  String.raw`\bself[- ]?harm\w*`,
  String.raw`\bcut(?:ting)? myself\b(?! (?:a|an|some|off|free)\b)`,
  String.raw`\bcut(?:ting)? my (?:arms?|wrists?|legs?|thighs?|skin)\b`,
  String.raw`\b(?:thinking|thought|think) (?:about|of) (?:taking my (?:own )?life|dying)\b`,
  String.raw`\b(?:cutting|cut) again\b`,
  String.raw`\burge to (?:cut|hurt|harm|burn)\b`,
  String.raw`\b(?:hurt|hurting|harm|harming|burn|burning|punish|punishing|starve|starving) myself\b`,
  String.raw`\b(?:thinking|thought|think) (?:of|about) (?:hurting|killing|harming|ending|dying|death|suicide)\b`,
  String.raw`\boverdos\w*`,
];

const phrases = [
  String.raw`\b(?:don't|do not|didn't|did not|not) want(?:ing)? to (?:be here|be alive|live|exist|wake up|go on)\b`,
  String.raw`\b(?:and never|hope I (?:don't|never)|if I (?:didn't|don't|never)|wish I (?:wouldn't|didn't)) wake up\b`,
  String.raw`\bbetter off (?:without me|if I (?:was|were|wasn't|weren't) (?:gone|dead|here|around))\b`,
  String.raw`\b(?:happier|easier|better|fine|okay|relieved)\b[^.;]{0,20}? (?:without me\b|if I (?:was|were|just) (?:gone|dead|not here|disappeared|died)\b)`,
  String.raw`\b(?:about|of) not being (?:here|alive|around)\b`,
  String.raw`\b(?:and|to) (?:never|not) wake up\b`,
  String.raw`\bdo something to myself\b`,
  String.raw`\bwant (?:it all|everything|all of it|my life) to (?:end|stop)\b`,
  String.raw`\brazor blades?\b`,
  String.raw`\bunalive\b`,
  String.raw`\btake my (?:own )?life\b`,
  String.raw`\bbetter off dead\b`,
  String.raw`\bwant to be gone\b`,
  String.raw`\b(?:wish|want|if)\b[^.;]{0,25}?\b(?:not|didn't|never) exist`,
  String.raw`\b(?:thinking|thought|think) (?:about|of) jumping\b`,
  String.raw`\b(?:bought|buy|got|have|tied|tie) (?:a |some )?rope\b`,
  String.raw`\bnoose\b`,
  String.raw`\bhang(?:ing)? myself\b`,
  String.raw`\b(?:scratch\w*|hit|hitting|punch\w*|bit|bite|biting) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))\b`,
  String.raw`\bwant to (?:cut|bleed)\s*[.!]?$`,
  String.raw`\bwant out(?: for good)?\s*[.!]?$`,
  String.raw`\bwant out for good\b`,
  String.raw`\b(?:can't|cannot|can not|don't know how (?:much )?(?:longer|long) I can) (?:keep going|keep living|go on|carry on)\b`,
  String.raw`\bcan't keep (?:going|living)\b`,
  String.raw`\b(?:be here|be around) (?:much )?(?:longer|for long)\b`,
  String.raw`\b(?:saying|say|said) goodbye to everyone\b`,
  String.raw`\bletters? (?:to everyone )?saying goodbye\b`,
  String.raw`\bgoodbye (?:letters?|messages?|notes?)\b`,
  String.raw`\bif I live or die\b`,
  String.raw`\b(?:wouldn't mind|don't mind|hope|hoping|wish)\b[^.;]{0,20}? (?:got|get|was|were) (?:hit|run over|killed)\b`,
  String.raw`\btak(?:e|ing) my (?:own )?life\b`,
  String.raw`\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|ex))\b (?:hit|hits|beat|beats|choked|chokes|threatened|threatens|hurt|hurts|strangled|kicked|pushed) me\b`,
  String.raw`\bscared (?:he|she|they)(?:'ll| will| might| is going to| are going to) (?:hurt|hit|kill)\b`,
  String.raw`\bhurt (?:myself )?to feel (?:something|anything|better)\b`,
  String.raw`\bneed to (?:hurt|bleed)\b`,
  String.raw`\b(?:a whole|the whole|an entire) (?:bottle|packet|pack|box) of (?:pills|tablets|painkillers|meds|paracetamol)\b`,
  String.raw`\bdisappear\w*(?: \w+){0,2}? (?:for good|forever|permanently|and never come back)\b`,
  String.raw`\bburn(?:ing|ed|t)? my (?:arms?|skin|wrists?|legs?|hands?)\b`,
  String.raw`\buntil (?:it|I) bled\b`,
  String.raw`\bwant(?:ed)? (?:it|the pain) to hurt\b`,
  String.raw`\bhow I(?:'d| would| could| might| will|'ll) (?:do it|end it|end my life|kill)\b`,
  String.raw`\bhow many (?:pills|tablets)\b`,
  String.raw`\b(?:took|take|taking|swallowed) (?:too many|all (?:my|the)|a (?:bunch|handful) of) (?:pills|tablets|meds)\b`,
  String.raw`\bstockpil\w* (?:my |the )?(?:pills|meds|tablets|medication)\b`,
  String.raw`\b(?:goodbye|suicide) (?:note|letter)\b`,
  String.raw`\bways? to die\b`,
  String.raw`\bgiving away my (?:things|stuff|belongings)\b`,
  String.raw`\b(?:drive|driving|drove|jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself)\b(?: \w+){0,2}? (?:off|from|in front of) (?:the |a )?(?:bridge|roof|building|cliff|balcony|train|bus|car|truck|ledge)\b`,
  String.raw`\bedge of the (?:roof|bridge|cliff|platform|building)\b`,
  String.raw`\b(?:stop|not|quit) existing\b`,
  String.raw`\bwish I (?:was|were) dead\b`,
  String.raw`\bwish I(?: had|'d)? never (?:been born|existed)\b`,
  String.raw`\brather be dead\b`,
  String.raw`\btired of (?:being alive|living)\b`,
  String.raw`\bpoint (?:of|in) (?:\w+ ){0,2}?(?:living|being alive|going on|staying alive)\b`,
  String.raw`\b(?:no|a|any) reason to (?:keep )?(?:living|live|go on|stay alive)\b`,
  String.raw`\b(?:isn't|is not|not) worth living\b`,
  String.raw`\bsleep forever\b`,
  String.raw`\bcan't go on\b`,
  String.raw`\bcan't do this life\b`,
  String.raw`\bto (?:stop|end) for good\b`,
  String.raw`\b(?:not|don't feel|never feel|no longer) safe\b`,
  String.raw`\bdon't trust myself\b`,
  String.raw`\bwhat I (?:might|could|would) do to myself\b`,
  String.raw`\b(?:he|she|they) (?:hit|hits|beat|beats|choked|chokes|threatened|threatens|hurt|hurts) me\b`,
  String.raw`\bafraid to go home\b`,
  String.raw`\bbe around (?:much )?(?:longer|for long)\b`,
];

// Death words near a wish, a hope or a relief; idioms of laughing and embarrassment are left alone.
const deathWishes = [
  String.raw`\b(?:want|wish|hope|hoping|wishing|rather|easier|favour|favor)\b[^.;]{0,40}?\b(?:die|dying|dead|death)\b`,
  String.raw`\b(?:die|dying|dead|death)\b[^.;]{0,20}?\b(?:easier|better|relief|peace|favour|favor)\b`,
];

export const crisisRules: readonly Rule[] = Object.freeze([
  ...rules('crisis', negatable, { isNegatable: true }),
  ...rules('crisis', phrases),
  ...rules('crisis', deathWishes, {
    isNegatable: true,
    unless: /\blaugh|\bembarrass|\bcringe|\bdying to\b/i,
  }),
]);

/** A plain negation of the present right before a negatable phrase: "I'm not", "I no longer really". */
export const presentNegation =
  /\b(?:not|never|no longer|don't|do not|didn't|did not|haven't|have not|hasn't|won't|will not|isn't|wasn't)\s+(?:(?:really|even|actually|thinking|going|planning|trying|want|wanting|of|about|to|feel|feeling|like)\s+){0,3}$/i;
