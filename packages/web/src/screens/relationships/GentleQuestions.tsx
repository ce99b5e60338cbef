import { gentleQuestions } from '@tend/core';

/** Offered calmly when time with someone keeps depleting: questions only, never advice to end it. */
export function GentleQuestions() {
  return (
    <section className="gentle-questions" aria-labelledby="gentle-heading">
      <h2 id="gentle-heading">A few questions, if they help</h2>
      <p>{gentleQuestions.intro}</p>
      <ul>
        {gentleQuestions.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <p className="quiet">{gentleQuestions.aside}</p>
    </section>
  );
}
