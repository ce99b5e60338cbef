import { Trans } from '@lingui/react/macro';
import { useId, useSyncExternalStore } from 'react';
import { chooseLanguage, languageState, subscribeLanguage } from '../i18n/language-choice.ts';
import { languages, type LanguageChoice as Choice } from '../i18n/languages.ts';

/**
 * The language Tend speaks on this device: the browser's unless one is chosen. Each language is named
 * in itself, so a person finds theirs whatever Tend speaks now. The browser's is shown in one short
 * word, with the hint below saying what it means, since a chosen value cannot wrap inside a select
 * (with large text a longer one was cut).
 */
export function LanguageChoice() {
  const id = useId();
  const hintId = `${id}-hint`;
  const { choice } = useSyncExternalStore(subscribeLanguage, languageState, languageState);
  return (
    <div className="field">
      <label htmlFor={id}>
        <Trans>Language</Trans>
      </label>
      <select
        id={id}
        value={choice}
        aria-describedby={hintId}
        onChange={(e) => void chooseLanguage(e.target.value as Choice)}
      >
        <option value="system">
          <Trans>Automatic</Trans>
        </option>
        {Object.entries(languages).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
      <p className="field-hint" id={hintId}>
        <Trans>“Automatic” follows the language your browser is set to.</Trans>
      </p>
    </div>
  );
}
