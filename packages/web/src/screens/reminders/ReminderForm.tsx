import { Trans, useLingui } from '@lingui/react/macro';
import { reminderLimits, reminderWords, setReminder, weekdays, type Weekday } from '@tend/core';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { CheckboxField, InputField } from '../../ui/Field.tsx';
import { FormFooter } from '../../ui/FormFooter.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useCoreWord } from '../../i18n/core-words.ts';

/** A new reminder: the person's words, the days and the time; the note on home is their choice too. */
export function ReminderForm({ count }: { count: number }) {
  const { vault, ports } = useApp();
  const [words, setWords] = useState('');
  const [days, setDays] = useState<readonly Weekday[]>([]);
  const [time, setTime] = useState('09:00');
  const [isInApp, setIsInApp] = useState(true);
  const action = useAction();
  const { t } = useLingui();
  const word = useCoreWord();

  const toggle = (day: Weekday, isOn: boolean) =>
    setDays((current) => (isOn ? [...current, day] : current.filter((d) => d !== day)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = setReminder(ports, { words, days, time, isInApp }, count);
    if (!result.ok) return action.fail(result.problems.map((p) => word(reminderWords.problem[p])).join(' '));
    const isSaved = await action.run(() => vault.save(result.reminder));
    if (isSaved) {
      setWords('');
      setDays([]);
    }
  };

  if (count >= reminderLimits.count)
    return <p className="quiet">{word(reminderWords.problem['too-many'])}</p>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-reminder-heading">
      <h2 id="new-reminder-heading">
        <Trans>A new reminder</Trans>
      </h2>
      <InputField
        label={t`Your words`}
        hint={t`What you would like to read, in your own words. For example: water, and a breath.`}
        maxLength={reminderLimits.words}
        value={words}
        onValue={setWords}
      />
      <fieldset className="choices reminder-days">
        <legend>
          <Trans>Days</Trans>
        </legend>
        {weekdays.map((day) => (
          <CheckboxField
            key={day}
            label={word(reminderWords.day[day])}
            checked={days.includes(day)}
            onChecked={(isOn) => toggle(day, isOn)}
          />
        ))}
      </fieldset>
      <InputField label={t`Time`} type="time" value={time} onValue={setTime} />
      <CheckboxField
        label={t`Also show a quiet note on home when Tend is open then`}
        checked={isInApp}
        onChecked={setIsInApp}
      />
      <FormFooter action={action} label={t`Save this reminder`} busyLabel={t`Saving…`} />
    </form>
  );
}
