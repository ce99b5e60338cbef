import { rules, type Rule } from './rule.ts';

// How the person sees their worth, their support, their power and the future, and others' minds.
const WORTH = String.raw`(?:deserve|worth|worthy|good enough|be enough|lovable|loveable|let myself|allow myself|love me|want me|accept me)`;

const conditionalWorth = [
  String.raw`\b(?:once|when|until|after|if) I\b[^.;]{0,50}?\b${WORTH}\b`,
  String.raw`\b(?:deserve|worth [a-z]+|worthy|good enough|enough|lovable|loveable|allowed to [a-z]+|let myself|allow myself|rest|relax|want me|love me)\b[^.;]{0,40}?\b(?:until|once|when|before|unless)\b`,
  String.raw`\b(?:have to|need to|must|until I(?:'ve)?|when I've|I've) (?:earn|earned|prove|proved|proven) (?:it|myself|my|the right|love|rest|their|a place|every)\b`,
  String.raw`\b(?:have to|need to|must) (?:be|do|achieve|prove)\b[^.;]{0,30}? to be (?:loved|liked|wanted|accepted|enough|worth)\b`,
  String.raw`\bearn my (?:place|worth|keep|right|rest)\b`,
  String.raw`\bonly (?:worth|valuable|lovable|good|enough|deserve)[a-z]*\b[^.;]{0,30}?\b(?:when|if|because)\b`,
  String.raw`\bmy worth (?:depends|is based|comes from|hinges)\b`,
  String.raw`\bbefore (?:anyone|someone|people|they|he|she) (?:can|could|will) (?:love|want|accept) me\b`,
];

const onMyOwn = [
  String.raw`\b(?:no ?one|nobody|not (?:a single|one) person)\b(?: [a-z]+){0,2}? (?:there for me|is there when I need|cares?|checks? on me|understands? me|has my back|asked how|gets it|is coming|helps?|listens?|asks?|ever asks|would (?:even )?(?:notice|come|care|miss me)|to talk to|I can (?:call|talk to|turn to|rely on)|loves me|in my corner)\b`,
  String.raw`\bI(?:'ve)? (?:have|got) (?:no ?one|nobody)\b`,
  String.raw`\bdon't have (?:anyone|anybody|a single person)\b`,
  String.raw`\b(?:no ?one|nobody) for me\b`,
  String.raw`\bend up alone\b`,
  String.raw`\bI(?:'m| am| feel| felt)(?: (?:so|completely|all|totally|always|utterly|really|just|very|entirely))+ (?:alone|on my own)\b`,
  String.raw`\bI(?:'m| am) (?:alone|on my own) (?:with|in|again|through)\b`,
  String.raw`\b(?:have to|had to|left to|got to)\b[^.;]{0,30}?\b(?:alone|on my own|by myself)\b`,
  String.raw`\beveryone (?:has|else has) (?:someone|somebody|a partner|people)\b`,
];

const nothingICanDo = [
  String.raw`\bnothing (?:I|I'm|anyone|anybody|we) (?:can|could|do|try|say)\b`,
  String.raw`\bI can't (?:change|fix|control) (?:anything|it|this|about|how|any)\b`,
  String.raw`\bI can't do anything\b(?! right\b)`,
  String.raw`\bno use (?:in )?(?:even )?(?:trying|try)\b`,
  String.raw`\bno point (?:in )?(?:even )?(?:trying|try)\b`,
  String.raw`\bpointless (?:to )?(?:try|trying)\b`,
  String.raw`\bwhy (?:even )?(?:bother|try)\b`,
  String.raw`\b(?:I'm|I am|I feel) (?:so |completely |totally )?(?:powerless|helpless)\b`,
  String.raw`\bno control over\b`,
  String.raw`\bout of my (?:hands|control)\b`,
  String.raw`\bmakes? (?:no|zero) difference\b`,
  String.raw`\b(?:won't|doesn't|wouldn't|it won't) (?:matter|make (?:any )?difference)\b`,
  String.raw`\bdoesn't matter what I do\b`,
  String.raw`\b(?:never|not) (?:be able to )?change (?:this|it|anything|things)\b`,
  String.raw`\bnothing (?:ever )?changes\b`,
  String.raw`\bnothing (?:will|can|is going to) change\b`,
  String.raw`\bno way I can change\b`,
  String.raw`\bit's hopeless\b`,
];

const catastrophising = [
  String.raw`\b(?:going to|gonna|will) (?:be )?(?:a )?(?:total |complete |absolute )?(?:disaster|catastrophe)\b`,
  String.raw`\bend in disaster\b`,
  String.raw`\b(?:going to|will|gonna) (?:[a-z]+ ){0,4}?(?:lose (?:my job|everything|everyone|him|her|them)|end up (?:alone|homeless|on the street))\b`,
  String.raw`\b(?:ruin|ruins) everything\b`,
  String.raw`\b(?:all|everything) (?:is going to |will |'s going to )?(?:fall|falls|falling) apart\b`,
  String.raw`\b(?:this|it|everything|my life)(?:'s| is) (?:a )?(?:complete |total |absolute )?(?:catastrophe|disaster|nightmare)\b`,
  String.raw`\beverything (?:I (?:touch|do|try) )?(?:always )?(?:goes|turns) (?:wrong|bad)\b`,
  String.raw`\bnothing good (?:will|is going to) (?:ever )?happen\b`,
  String.raw`\b(?:going to|gonna|will) (?:be|go) (?:awful|terrible|horrible|a nightmare|so bad)\b`,
  String.raw`\b(?:whole |my )life (?:is|will be) (?:over|ruined)\b`,
  String.raw`\b(?:everything|it all) (?:is |'s )?(?:ruined|falling apart|falls apart)\b`,
  String.raw`\bI(?:'ve| have) ruined everything\b`,
  String.raw`\b(?:definitely|certainly|going to|will) get fired\b`,
  String.raw`\beverything (?:always )?goes wrong\b`,
  String.raw`\bnothing (?:will|is) ever (?:going to )?(?:get better|work out|be okay|be the same)\b`,
  String.raw`\bI'll never (?:get over|recover|be okay|be happy|find)\b`,
  String.raw`\bprobably (?:leaving|going to leave|cheating|dying)\b`,
  String.raw`\bwhat if the worst\b`,
  String.raw`\bthe worst (?:thing )?(?:that could|possible)\b`,
  String.raw`\balone forever\b`,
  String.raw`\bmust be something (?:serious|terrible|wrong)\b`,
  String.raw`\bthe end of the world\b`,
  String.raw`\beveryone will leave\b`,
  String.raw`\bgo(?:ing)? (?:horribly|terribly|badly) wrong\b`,
  String.raw`\b(?:going to|gonna|will|it'll) go (?:[a-z]+ )?wrong\b`,
  String.raw`\bone mistake and\b`,
];

const OTHERS = String.raw`(?:they|he|she|everyone|everybody|people|others|my [a-z]+)`;

const mindReading = [
  String.raw`\b${OTHERS}\b(?: [a-z]+){0,3}? (?:think|thinks|thought|hate|hates|find|found) (?:I'm|I am|I was|me)\b(?! (?:so |really )?(?:funny|kind|great|lovely|brave|clever|smart|nice|good|doing well|beautiful|amazing|wonderful|strong|right|ready)\b)`,
  String.raw`\b${OTHERS}(?:'re|'s| are| is| must be| was| were)?(?: [a-z]+){0,2}? (?:annoyed|angry|mad|sick|tired|disappointed|laughing|talking|fed up|bored|judging|upset)\b(?: [a-z]+){0,3}? me\b`,
  String.raw`\b(?:I can tell|I could tell|I know|I'm sure|I bet)\b(?: [a-z']+){0,4}? (?:judging|hate|hates|regrets?|laughing|annoyed|angry|disappointed|pity|sick of|tired of)\b`,
  String.raw`\bout of pity\b`,
  String.raw`\b(?:everyone|everybody|they all|people|they) (?:can see|noticed|could see|saw|can tell|could tell) (?:how|that I|me|I)\b`,
];

export const outlookRules: readonly Rule[] = Object.freeze([
  ...rules('conditional-worth', conditionalWorth, { unless: /\beven if\b|\bless worthy\b/i }),
  ...rules('on-my-own', onMyOwn),
  ...rules('nothing-i-can-do', nothingICanDo, { unless: /\bso (?:I|I'll|I'm|we)\b|\bweather\b/i }),
  ...rules('catastrophising', catastrophising),
  ...rules('mind-reading', mindReading),
]);
