import { describe, expect, it } from 'vitest';
import { crisisInOtherLanguages } from './crisis-other-languages.ts';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';
import { german, germanCues } from './rules/crisis-german.ts';
import { spanish, spanishCues } from './rules/crisis-spanish.ts';

// Crisis language in German and Spanish, with sentences written for these tests (not the blind
// batch's): first-person crisis is noticed whatever language the app is in; idioms, advice to
// someone else, third person, quotations and plain negation are not.
describe('crisis language in German', () => {
  it.each([
    ['a direct wish', 'Ehrlich gesagt will ich nicht mehr leben.'],
    ['wanting to die', 'Ich möchte einfach nur sterben.'],
    ['typed without umlauts', 'ich moechte nur noch sterben'],
    ['a wish to be dead', 'Ich wünschte mir so sehr, tot zu sein.'],
    ['not waking up', 'Ich hoffe, ich wache morgen nicht mehr auf.'],
    ['better off dead', 'Manchmal denke ich, ich wäre besser tot.'],
    ['others better off', 'Meine Familie wäre ohne mich besser dran.'],
    ['the verb at the end', 'Ich habe meinem Freund erzählt, dass ich sterben will.'],
    ['killing myself', 'Ich denke jeden Tag daran, mich umzubringen.'],
    ['the separable verb', 'Irgendwann bringe ich mich um.'],
    ['thoughts of suicide', 'Seit Wochen habe ich Suizidgedanken.'],
    ['taking my life', 'Ich will mir heute Nacht das Leben nehmen.'],
    ['ending it all', 'Ich will endlich mit allem Schluss machen.'],
    ['means put aside', 'Ich habe Schlaftabletten gehortet.'],
    ['a place to jump from', 'Ich will von der Brücke springen.'],
    ['a goodbye letter', 'Gestern habe ich meinen Abschiedsbrief geschrieben.'],
    ['self-harm', 'Ich ritze mich wieder jeden Abend.'],
    ['a burden', 'Ich bin für meine Familie nur eine Last.'],
    ['no sense in life', 'Ich sehe keinen Sinn mehr im Leben.'],
    ['no strength to live', 'Ich habe einfach keine Kraft mehr zu leben.'],
    ['"I don\'t want to any more", said of everything', 'Ich will einfach nicht mehr.'],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    ['an idiom of stress', 'Mein Chef bringt mich noch um mit seinen Mails.'],
    ['"das bringt mich um"', 'Ehrlich, das bringt mich um.'],
    ['dying of laughter', 'Wir haben uns totgelacht, ich lache mich heute noch tot.'],
    ['dying of thirst', 'Ich sterbe vor Durst.'],
    ['depriving myself of sleep', 'Ich bringe mich um den Schlaf mit dieser Serie.'],
    ['advice to "du"', 'Wenn du nicht mehr leben willst, sprich bitte mit jemandem.'],
    ['advice to anyone', 'Wer daran denkt, sich umzubringen, sollte Hilfe holen.'],
    ['a question to someone', 'Denkst du daran, dich umzubringen?'],
    ['third person', 'Er will nicht mehr leben, sagt seine Schwester.'],
    ['a quotation', 'Sie sagte: "Ich will sterben", und ich habe sofort angerufen.'],
    ['plain negation', 'Ich will nicht sterben.'],
    ['never', 'Ich würde mich niemals umbringen.'],
    ['an intention denied', 'Ich habe nicht vor, mir das Leben zu nehmen.'],
    ["someone else's death", 'Ich denke oft an den Tod meiner Oma.'],
    ['wanting no more of a task', 'Ich will nicht mehr putzen.'],
    ['ending a relationship', 'Ich mache heute Schluss mit ihm.'],
    ['everyday medicine', 'Ich habe zwei Tabletten gegen Kopfschmerzen genommen.'],
    ['an accident', 'Ich habe mich beim Kochen geschnitten.'],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });
});

describe('crisis language in Spanish', () => {
  it.each([
    ['a direct wish', 'Solo quiero morir.'],
    ['the clitic first', 'A veces me quiero morir.'],
    ['not wanting to live', 'Ya no quiero seguir viviendo así.'],
    ['not waking up', 'Ojalá no me despierte mañana.'],
    ['better off dead', 'Estaría mejor muerto, de verdad.'],
    ['others better off', 'Mi familia estaría mejor sin mí.'],
    ['killing myself', 'Estoy pensando en suicidarme.'],
    ['going to kill myself', 'Esta noche me voy a matar.'],
    ['taking my life', 'Voy a quitarme la vida.'],
    ['ending it all', 'Necesito acabar con todo, ya no puedo.'],
    ['thoughts of suicide', 'He tenido pensamientos suicidas toda la semana.'],
    ['means put aside', 'Llevo meses juntando pastillas.'],
    ['a place to jump from', 'Me voy a tirar desde el puente.'],
    ['a goodbye letter', 'He escrito una carta de despedida para mi madre.'],
    ['self-harm', 'Me corto cuando todo me supera.'],
    ['a burden', 'Soy solo una carga para mi familia.'],
    ['no reason to live', 'No tengo ninguna razón para vivir.'],
    ['typed without accents', 'ojala no despertara nunca'],
    ['told to someone', 'Le conté a mi hermana que quiero morir.'],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    ['"me muero de ganas"', 'Me muero de ganas de ir a la playa.'],
    ['dying of shame', 'Casi me muero de la vergüenza en la reunión.'],
    ['wanting to die of shame', 'Me quiero morir de vergüenza, qué ridículo.'],
    ['an idiom of heat', 'Este calor me mata.'],
    ['killing myself studying', 'Me voy a matar estudiando esta semana.'],
    ['someone angry with me', 'Mi madre va a matarme si llego tarde.'],
    ['advice to "tú"', 'Si piensas en suicidarte, habla con alguien.'],
    ['a question to someone', '¿Quieres morir o solo quieres que pare el dolor?'],
    ['third person', 'Mi primo dice que quiere morir.'],
    ['a quotation', 'Ella me dijo: "quiero morir", y la abracé.'],
    ['plain negation', 'No quiero morir.'],
    ['never', 'Nunca intentaría suicidarme.'],
    ["someone else's death", 'Pienso mucho en la muerte de mi abuela.'],
    ['finishing the work', 'Quiero acabar con todo el papeleo hoy.'],
    ['a haircut', 'Me corto el pelo cada mes.'],
    ['a dive', 'Me tiré a la piscina sin pensarlo.'],
    ['everyday medicine', 'Tomé una pastilla para dormir.'],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });
});

describe('crisis in other languages, as the engine reports it', () => {
  it('names the words that fired, as typed', () => {
    const [noticing] = noticeText('Heute war schlimm. Ich möchte nicht mehr leben.');
    expect(noticing).toMatchObject({ pattern: 'crisis', passage: 'Ich möchte nicht mehr leben.' });
    expect(noticing?.triggers).toEqual(['Ich möchte nicht mehr leben']);
  });

  it('outranks gentle noticing and finds a crisis sentence among English ones', () => {
    const text = 'I should have called. Quiero morir.';
    expect(noticeText(text).map((each) => each.pattern)).toEqual(['should', 'crisis']);
  });

  it('finds nothing in English, German or Spanish everyday sentences', () => {
    for (const sentence of ['Tea in the garden.', 'Wir waren im Park.', 'Fuimos al mercado.'])
      expect(crisisInOtherLanguages(sentence)).toBeUndefined();
  });
});

describe('the cue words that let English sentences pass quickly', () => {
  it.each([
    ['German', german.rules, germanCues],
    ['Spanish', spanish.rules, spanishCues],
  ] as const)('are in every %s rule, so no rule is skipped by them', (_language, rules, cues) => {
    for (const rule of rules)
      expect(
        cues.some((cue) => rule.source.includes(cue)),
        rule.source,
      ).toBe(true);
  });
});
