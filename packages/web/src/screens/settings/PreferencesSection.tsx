import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { LanguageChoice } from '../../ui/LanguageChoice.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { DeviceSettings } from '../../vault/vault-service.ts';
import '../support/support.css';
import { lockLabel, lockMinutes } from './lock-times.ts';

export function PreferencesSection() {
  const session = useVaultSession();
  const { t } = useLingui();
  const themes: readonly { value: DeviceSettings['theme']; label: string }[] = [
    { value: 'system', label: t`Follow this device` },
    { value: 'light', label: t`Light` },
    { value: 'dark', label: t`Dark` },
  ];
  const { settings } = session;
  const lockId = useId();
  const noticingId = useId();
  const onThisDayId = useId();
  const action = useAction();
  const update = (changes: Partial<DeviceSettings>) => void action.run(() => session.updateSettings(changes));
  const minutesOffered = lockMinutes.some((m) => m === settings.autoLockMinutes)
    ? lockMinutes
    : [settings.autoLockMinutes, ...lockMinutes];

  return (
    <section className="settings-section" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">
        <Trans>This device</Trans>
      </h2>
      <LanguageChoice />
      <fieldset className="choices">
        <legend>
          <Trans>Theme</Trans>
        </legend>
        {themes.map((theme) => (
          <label key={theme.value} className="choice">
            <input
              type="radio"
              name="theme"
              value={theme.value}
              checked={settings.theme === theme.value}
              onChange={() => update({ theme: theme.value })}
            />
            {theme.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={lockId}>
          <Trans>Lock when idle</Trans>
        </label>
        <select
          id={lockId}
          value={settings.autoLockMinutes}
          onChange={(e) => update({ autoLockMinutes: Number(e.target.value) })}
        >
          {minutesOffered.map((m) => (
            <option key={m} value={m}>
              {lockLabel(m)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <div className="field-check check-row">
          <input
            id={noticingId}
            type="checkbox"
            checked={settings.isNoticingOn}
            onChange={(e) => update({ isNoticingOn: e.target.checked })}
            aria-describedby={`${noticingId}-hint`}
          />
          <label htmlFor={noticingId}>
            <Trans>Gentle noticing</Trans>
          </label>
        </div>
        <p className="field-hint" id={`${noticingId}-hint`}>
          <Trans>
            In the journal, Tend can quietly point out harsh self-talk and offer a kinder question. It runs on
            this device only. While it is on, the kinds it noticed (never your words) are kept with what you
            wrote, for Looking back. If your words sound very heavy, an offer of Support now still appears.
          </Trans>
        </p>
      </div>
      <div className="field">
        <div className="field-check check-row">
          <input
            id={onThisDayId}
            type="checkbox"
            checked={settings.isOnThisDayOn}
            onChange={(e) => update({ isOnThisDayOn: e.target.checked })}
            aria-describedby={`${onThisDayId}-hint`}
          />
          <label htmlFor={onThisDayId}>
            <Trans>On this day</Trans>
          </label>
        </div>
        <p className="field-hint" id={`${onThisDayId}-hint`}>
          <Trans>
            Home can show what you wrote on this day in earlier years. Off unless you turn it on; any one can
            be hidden for good.
          </Trans>
        </p>
      </div>
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
