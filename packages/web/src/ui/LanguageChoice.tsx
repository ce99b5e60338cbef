import { Trans } from '@lingui/react/macro';
import { useId, useSyncExternalStore } from 'react';
import { chooseLanguage, languageState, subscribeLanguage } from '../i18n/language-choice.ts';
import { languages, type LanguageChoice as Choice } from '../i18n/languages.ts';

/**
 * The language Tend speaks on this device: the browser's unless one is chosen. Each language is named
 * in itself, so a person finds theirs whatever Tend speaks now.
 */
export function LanguageChoice() {
  const id = useId();
  const { choice } = useSyncExternalStore(subscribeLanguage, languageState, languageState);
  return (
    <div className="field">
      <label htmlFor={id}>
        <Trans>Language</Trans>
      </label>
      <select id={id} value={choice} onChange={(e) => void chooseLanguage(e.target.value as Choice)}>
        <option value="system">
          <Trans>The browser’s language</Trans>
        </option>
        {Object.entries(languages).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
