import { useId } from 'react';
import { useVaultSession } from '../../state/vault-session.tsx';
import { LanguageChoice } from '../../ui/LanguageChoice.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { DeviceSettings } from '../../vault/vault-service.ts';
import '../support/support.css';
import { lockLabel, lockMinutes } from './lock-times.ts';

const themes: readonly { value: DeviceSettings['theme']; label: string }[] = [
  { value: 'system', label: 'Follow this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function PreferencesSection() {
  const session = useVaultSession();
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
      <h2 id="preferences-heading">This device</h2>
      <LanguageChoice />
      <fieldset className="choices">
        <legend>Theme</legend>
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
        <label htmlFor={lockId}>Lock when idle</label>
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
          <label htmlFor={noticingId}>Gentle noticing</label>
        </div>
        <p className="field-hint" id={`${noticingId}-hint`}>
          In the journal, Tend can quietly point out harsh self-talk and offer a kinder question. It runs on
          this device only. While it is on, the kinds it noticed (never your words) are kept with what you
          wrote, for Looking back. If your words sound very heavy, an offer of Support now still appears.
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
          <label htmlFor={onThisDayId}>On this day</label>
        </div>
        <p className="field-hint" id={`${onThisDayId}-hint`}>
          Home can show what you wrote on this day in earlier years. Off unless you turn it on; any one can be
          hidden for good.
        </p>
      </div>
      <Notice tone="problem">{action.problem}</Notice>
    </section>
  );
}
