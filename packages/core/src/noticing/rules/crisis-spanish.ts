import { cueWords, gapWithout, oneOf, phrases, type CrisisLanguage } from './crisis-language-rule.ts';

// Crisis language in Spanish, said by the writer of themselves: on folded words ("mí" is "mi",
// "ojalá" is "ojala", "muñecas" is "munecas"). Each phrase names the writer by a first-person verb
// ("quiero", "voy a", "intenté") or pronoun ("me", "mi", "matarme"), so "quieres", "se suicida" and
// "quiere morir" (second and third person) stay unflagged; idioms with the same words ("me muero de
// ganas", "este calor me mata", "me mato estudiando", "me quiero morir de la vergüenza") are left
// out on purpose. Written by the project: see docs/ARCHITECTURE.md for the phrases that want a native
// speaker's review.

const NEGATIONS = ['no', 'nunca', 'jamas', 'tampoco', 'ni'];
const GAP = gapWithout(NEGATIONS);

const I_WANT = oneOf(
  'quiero',
  'quisiera',
  'me gustaria',
  'deseo',
  'necesito',
  'prefiero',
  'tengo ganas de',
  'me dan ganas de',
);
// Dying of shame, laughter, hunger or longing is an idiom, not a wish.
const NOT_AN_IDIOM = `(?! ${oneOf('de', 'del', 'por')} ${oneOf('la ', 'el ', '')}${oneOf(
  'verguenza',
  'risa',
  'ganas',
  'hambre',
  'sed',
  'sueno',
  'calor',
  'frio',
  'amor',
  'aburrimiento',
  'envidia',
  'celos',
  'pena',
  'viejo',
  'vieja',
  'miedo',
  'nervios',
  'emocion',
)}\\b)`;
const DYING = `${oneOf('morir', 'morirme')}${NOT_AN_IDIOM}`;
const NOT_BEING = oneOf(
  DYING,
  `estar ${oneOf('muerto', 'muerta')}`,
  `dejar de ${oneOf('existir', 'vivir')}`,
  `desaparecer ${oneOf('para siempre', 'del mundo', 'de este mundo')}`,
  `no ${oneOf('despertar', 'despertarme', 'existir', 'vivir', 'volver a despertar', 'seguir viviendo')}`,
  `dormir ${oneOf('para siempre', `y no ${oneOf('despertar', 'despertarme', 'volver a despertar')}`)}`,
);
const SELF_KILLING = oneOf(
  'suicidarme',
  'matarme',
  'quitarme la vida',
  'ahorcarme',
  'colgarme',
  'envenenarme',
  'tirarme a las vias',
  'cortarme las venas',
  'autolesionarme',
  `${oneOf('acabar', 'terminar')} con mi vida`,
  'ponerle fin a mi vida',
);
const DEAD = oneOf('muerto', 'muerta', 'muertos', 'muertas');
const HIGH_PLACE = oneOf(
  'puente',
  'edificio',
  'azotea',
  'balcon',
  'ventana',
  'acantilado',
  'tejado',
  'vias',
  'tren',
  'metro',
);
const MEANS = oneOf('pastillas', 'pildoras', 'medicamentos', 'medicinas', 'somniferos', 'calmantes');
const BODY = oneOf(
  'los brazos',
  'el brazo',
  'las piernas',
  'la pierna',
  'las munecas',
  'la muneca',
  'las venas',
  'los muslos',
);
const FIRST_PERSON_PLANS = oneOf(
  'quiero',
  'voy a',
  'pienso',
  'deseo',
  'necesito',
  'quisiera',
  'intente',
  'intento',
  'he intentado',
  'planeo',
  'estoy pensando en',
);

const spanishPhrases = [
  // Wanting to die, not to live, not to wake up.
  `${oneOf('yo ', '')}${I_WANT} ${GAP}${NOT_BEING}`,
  `me ${oneOf('quiero', 'quisiera', 'voy a', 'gustaria', 'dan ganas de')} ${GAP}${oneOf(DYING, 'matar(?! (?:de|a|con)\\b| [a-z]+(?:ando|iendo)\\b)', 'suicidar', 'ahorcar', 'colgar')}`,
  `no quiero ${GAP}${oneOf('vivir', 'seguir viviendo', `estar ${oneOf('vivo', 'viva')}`, 'existir', 'despertar', 'despertarme', 'volver a despertar')}`,
  `no ${oneOf('tengo', 'me quedan')} ${GAP}ganas de ${oneOf('vivir', 'seguir viviendo', 'estar vivo', 'estar viva')}`,
  `ojala ${GAP}${oneOf('no despertara', 'no despierte', 'no me despierte', 'no despertar', `estuviera ${DEAD}`, 'me muriera', 'me muera', 'no existiera', 'no hubiera nacido', 'nunca hubiera nacido', 'desapareciera para siempre')}`,
  `${oneOf('desearia', 'quisiera')} ${oneOf(`estar ${DEAD}`, 'no haber nacido', 'nunca haber nacido', 'morirme', 'no existir', 'no despertar')}`,
  // Better off dead; others better off without me.
  `(?<!\\b${oneOf('el', 'ella', 'usted', 'ellos', 'ellas', 'tu')} )${oneOf('estaria', 'estoy', 'estaba')} mejor ${DEAD}`,
  `${oneOf('prefiero', 'preferiria')} ${oneOf('estar ', '')}${DEAD}`,
  `mejor ${DEAD} que ${oneOf('vivo', 'viva', 'vivir', 'seguir')}`,
  `${oneOf('estarian', 'estaria', 'estan', 'seria', 'serian')} ${oneOf('[a-z]+ ', '')}mejor sin mi`,
  `${oneOf('todos', 'todo el mundo', 'mi familia', 'el mundo')} ${oneOf('[a-z]+ ', '')}mejor sin mi`,
  // Killing myself, suicide.
  `${FIRST_PERSON_PLANS} ${GAP}${oneOf('en ', '')}${SELF_KILLING}`,
  `(?<!\\b${oneOf('va a', 'vas a', 'quiere', 'quieres', 'van a')} )${oneOf('suicidarme', 'quitarme la vida', 'ahorcarme', 'autolesionarme', 'cortarme las venas', `${oneOf('acabar', 'terminar')} con mi vida`)}`,
  `me ${oneOf('voy a', 'quiero')} ${oneOf('tirar', 'lanzar', 'arrojar')} ${oneOf('de', 'desde', 'por', 'a', 'bajo', 'delante de')} ${oneOf('un', 'el', 'la', 'una', 'las', 'los')} ${HIGH_PLACE}`,
  `${HIGH_PLACE} ${GAP}${oneOf('me voy a tirar', 'me tiro', 'me tirare', 'tirarme', 'voy a saltar', 'saltare')}`,
  `${oneOf('pienso', 'pense', 'he pensado', 'estoy pensando', 'me planteo')} ${GAP}${oneOf('en ', '')}${oneOf('el suicidio', `la muerte(?! ${oneOf('de', 'del')}\\b)`, 'morirme', 'mi muerte')}`,
  `${oneOf('tengo', 'he tenido', 'tuve', 'con')} ${GAP}${oneOf('pensamientos', 'ideas', 'ideacion')} ${oneOf('suicidas', 'de suicidio', 'de muerte', 'de matarme', 'de quitarme la vida')}`,
  `${oneOf('estoy', 'me siento', 'soy')} ${GAP}suicida`,
  `${oneOf('mi intento', 'tuve un intento', 'he tenido un intento', 'hice un intento')} de suicidio`,
  // Ending it.
  `${oneOf('quiero', 'voy a', 'necesito', 'quisiera', 'deseo')} ${GAP}${oneOf('acabar', 'terminar')} con todo(?! ${oneOf('el', 'la', 'los', 'las', 'lo', 'este', 'esta', 'esto', 'eso', 'mi', 'tu', 'su')}\\b)`,
  `${oneOf('quiero', 'voy a', 'necesito', 'quisiera')} ${GAP}ponerle fin a ${oneOf('todo', 'mi vida')}`,
  // Plans and means.
  `${oneOf('he', 'tengo', 'estoy', 'llevo')} ${GAP}${oneOf('guardado', 'guardando', 'juntado', 'juntando', 'acumulado', 'acumulando', 'ahorrado', 'escondido', 'reunido')} ${oneOf('[a-z]+ ', '')}${MEANS}`,
  `${MEANS} ${GAP}para ${oneOf('hacerlo', 'morir', 'morirme', 'matarme', 'acabar', 'suicidarme', 'no despertar')}`,
  `tomarme ${oneOf('todas las', 'todo el bote de', 'un bote de')} ${MEANS}`,
  `${oneOf('una', 'la', 'mi')} ${oneOf('cuerda', 'soga')} para ${oneOf('ahorcarme', 'colgarme')}`,
  `${oneOf('escribi', 'he escrito', 'estoy escribiendo', 'dejare', 'deje', 'escribire')} ${GAP}${oneOf('una ', 'mi ', '')}${oneOf('carta de despedida', 'nota de despedida', 'nota de suicidio', 'carta de suicidio')}`,
  // Hurting myself.
  `me corto ${oneOf('para', 'cuando', 'porque', 'otra vez', 'de nuevo', 'a proposito', 'a escondidas', BODY)}`,
  `${oneOf('me volvi a cortar', 'me he vuelto a cortar', 'volvi a cortarme')}(?= ${oneOf(BODY, '[.!]')}|$)`,
  `${oneOf('cortarme', 'me corte', 'me he cortado', 'me corto')} ${BODY}`,
  `${oneOf('me autolesiono', 'me he autolesionado', 'me autolesione', 'me lastimo a proposito', 'me hago dano a proposito', `me hago dano a mi ${oneOf('mismo', 'misma')}`)}`,
  // Burden, no sense, no reason to live.
  `soy ${GAP}${oneOf('una carga', 'un estorbo', 'un lastre')}`,
  `mi vida ${oneOf('ya ', '')}no tiene ${oneOf('ningun ', '')}sentido`,
  `no ${oneOf('vale', 'merece')} la pena ${oneOf('seguir ', '')}${oneOf('vivir', 'viviendo')}`,
  `no ${oneOf('tengo', 'me queda', 'me quedan', 'encuentro')} ${oneOf('ninguna ', 'ningun ', '')}${oneOf('razon', 'razones', 'motivo', 'motivos')} para ${oneOf('vivir', 'seguir viviendo', 'seguir vivo', 'seguir viva')}`,
  `no ${oneOf('aguanto', 'soporto', 'puedo')} ${oneOf('mas ', '')}${oneOf('esta vida', 'mi vida', 'vivir', 'vivir asi', 'seguir viviendo', 'con esta vida', 'con mi vida')}`,
];

export const spanishCues = [
  ...['quiero', 'quisiera', 'gustaria', 'deseo', 'desearia', 'necesito', 'prefiero', 'preferiria'],
  ...['ganas', 'ojala', 'mejor', 'muerto', 'muerta', 'muertos', 'muertas', 'voy', 'pienso', 'pense'],
  ...['pensado', 'pensando', 'planteo', 'planeo', 'intente', 'intento', 'intentado'],
  ...['suicidarme', 'quitarme', 'ahorcarme', 'autolesionarme', 'cortarme', 'tirarme', 'tiro', 'tirare'],
  ...['saltare', 'vida', 'vivir', 'viviendo', 'pensamientos', 'ideas', 'ideacion', 'suicida'],
  ...['suicidio', 'acabar', 'terminar', 'ponerle', 'pastillas', 'pildoras', 'medicamentos'],
  ...['medicinas', 'somniferos', 'calmantes', 'cuerda', 'soga', 'despedida', 'corto', 'corte'],
  ...['cortado', 'volvi', 'vuelto', 'autolesiono', 'autolesionado', 'autolesione', 'lastimo', 'hago'],
  ...['carga', 'estorbo', 'lastre', 'sentido', 'pena', 'razon', 'razones', 'motivo', 'motivos'],
];

export const spanish: CrisisLanguage = Object.freeze({
  language: 'es',
  rules: phrases(spanishPhrases),
  cues: cueWords(spanishCues),
  negation: new RegExp(`^${oneOf(...NEGATIONS)}$`),
  // "No sé por qué quiero morir": "no" before "sé" is not a negation of what follows.
  notNegation: /^se$/,
  othersSpeech:
    /\b(?:el|ella|ellos|ellas|mi \w+|su \w+|la \w+|el \w+) (?:dijo|dice|decia|escribio|grito|conto|me dijo|ha dicho)\b/,
  unless: /\b(?:sin querer|cocinando|por accidente|el pelo|las unas|el flequillo)\b/,
});
