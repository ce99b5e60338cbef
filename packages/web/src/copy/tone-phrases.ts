/**
 * Words Tend never says (docs/CARE.md, "Words Tend never says"): healing is not elimination or
 * completion, and there are no streaks, scores of worth or guilt. Shared so every feature's copy is
 * checked against one list; a rule added here is named there too (the tone guard test checks).
 */
export interface ForbiddenPhrase {
  readonly phrase: string;
  readonly pattern: RegExp;
}

const phrase = (text: string, pattern: RegExp): ForbiddenPhrase => ({ phrase: text, pattern });

export const forbiddenPhrases: readonly ForbiddenPhrase[] = [
  phrase('fix', /\bfix(es|ed|ing)?\b/i),
  phrase('get rid of', /\bget(ting)? rid of\b/i),
  phrase('overcome', /\bovercom(e|es|ing)\b/i),
  phrase('heal your inner child', /\bheal your inner child\b/i),
  phrase('fully healed', /\bfully healed\b/i),
  phrase('% healed', /%\s*healed\b/i),
  phrase('level up', /\blevel(led|ed|ing)?[ -]?up\b/i),
  phrase("you're broken", /\byou(['’]re| are) broken\b/i),
  phrase('streak', /\bstreaks?\b/i),
  phrase('you missed', /\byou missed\b/i),
  phrase("don't break", /\bdon['’]?t break\b/i),
  phrase("you haven't logged in", /\byou haven['’]?t (logged|signed) in\b/i),
  phrase('only N days', /\bonly (\d+|\$\{[^}]*\}|a few|one|two|three) days?\b/i),
  phrase('days in a row', /\bdays? in a row\b/i),
  phrase('resolved', /\b(part|parts) (is|are) resolved\b/i),
  phrase('failed to journal', /\byou failed\b/i),
];

/**
 * The same rules written for German and Spanish (docs/CARE.md names each): not word for word, but the
 * ways each language says fixing, getting rid of, conquering, being finished or broken, streaks,
 * missing days and failing.
 */
export const forbiddenPhrasesByLanguage: Readonly<Record<'en' | 'de' | 'es', readonly ForbiddenPhrase[]>> = {
  en: forbiddenPhrases,
  de: [
    phrase('reparieren', /\b(reparier|repariert)\w*/i),
    phrase('in Ordnung bringen', /\bin ordnung (zu )?bring\w*/i),
    phrase(
      'loswerden',
      /\blos(zu)?(werden|wirst|wird|geworden)\b|\b(werde|wirst|wird|werden)\b[^.?]*\blos\b/i,
    ),
    phrase('überwinden', /(^|[^\p{L}])überw(inde|inden|indest|indet|unden)\b/iu),
    phrase('heile dein inneres Kind', /\bheile? dein(en)? inneres? kind\b/i),
    phrase('vollständig geheilt', /\b(vollständig|ganz|komplett) geheilt\b/i),
    phrase('% geheilt', /%\s*geheilt\b/i),
    phrase('aufleveln', /\b(auf ?level|level ?up)\w*/i),
    phrase('du bist kaputt', /\b(du bist|sie sind) (kaputt|gebrochen)\b/i),
    phrase('Serie', /\b(serie|strähne|streak)s?\b/i),
    phrase('du hast verpasst', /\b(du hast|sie haben) \S+ ?verpasst\b|\bverpasst\b/i),
    phrase('nicht abreißen', /\b(nicht )?ab(reißen|brechen) lassen\b/i),
    phrase('nicht angemeldet', /\b(nicht|lange nicht) (mehr )?(angemeldet|eingeloggt)\b/i),
    phrase('nur noch N Tage', /\bnur noch (\d+|\{[^}]*\}|ein paar|einen|zwei|drei) tage?n?\b/i),
    phrase('Tage in Folge', /\btage? (in folge|hintereinander)\b/i),
    phrase('gelöst', /\b(anteil|anteile|teil|teile) (ist|sind) (gelöst|erledigt)\b/i),
    phrase('versagt', /\b(versagt|versagen)\b/i),
  ],
  es: [
    phrase('arreglar', /\barregl\w*|\breparar\w*/i),
    phrase('deshacerte de', /\bdesha[czg]\w* de\b|\blibrar(te|se) de\b/i),
    phrase('superar', /\bsuper(ar|as|a|ado|ada|arlo|arla)\b/i),
    phrase('sana a tu niño interior', /\bsana(r)? (a )?tu niñ[oa] interior\b/i),
    phrase('totalmente sanado', /\b(totalmente|completamente) sanad[oa]s?\b/i),
    phrase('% sanado', /%\s*sanad[oa]\b/i),
    phrase('subir de nivel', /\bsub(ir|e|es) de nivel\b/i),
    phrase('estás roto', /\bestás (rot[oa]|destrozad[oa])\b/i),
    phrase('racha', /\brachas?\b/i),
    phrase('te perdiste', /\bte (perdiste|saltaste)\b/i),
    phrase('no rompas', /\bno (rompas|pierdas) la (cadena|racha)\b/i),
    phrase('no has entrado', /\bno has (entrado|iniciado sesión)\b/i),
    phrase('solo N días', /\bs[oó]lo (quedan )?(\d+|\{[^}]*\}|unos|un|dos|tres) d[ií]as?\b/i),
    phrase('días seguidos', /\bd[ií]as (seguidos|consecutivos)\b/i),
    phrase('resuelto', /\b(parte|partes) (está|están) resuelt[oa]s?\b/i),
    phrase('fallaste', /\b(fallaste|has fallado|fracasaste)\b/i),
  ],
};

export interface ToneProblem {
  readonly text: string;
  readonly rule: string;
}

/** Every rule a piece of user-facing text breaks: a forbidden phrase, or an exclamation mark. */
export function checkTone(text: string, language: 'en' | 'de' | 'es' = 'en'): ToneProblem[] {
  const problems: ToneProblem[] = [];
  for (const { phrase: rule, pattern } of forbiddenPhrasesByLanguage[language]) {
    if (pattern.test(text)) problems.push({ text, rule });
  }
  if (text.includes('!') || text.includes('¡')) problems.push({ text, rule: 'exclamation mark' });
  return problems;
}
