import { Trans } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { gentleQuestions } from '@tend/core';

/** Offered calmly when time with someone keeps depleting: questions only, never advice to end it. */
export function GentleQuestions() {
  const word = useCoreWord();
  return (
    <section className="gentle-questions" aria-labelledby="gentle-heading">
      <h2 id="gentle-heading">
        <Trans>A few questions, if they help</Trans>
      </h2>
      <p>{word(gentleQuestions.intro)}</p>
      <ul>
        {gentleQuestions.questions.map((q) => (
          <li key={q}>{word(q)}</li>
        ))}
      </ul>
      <p className="quiet">{word(gentleQuestions.aside)}</p>
    </section>
  );
}
