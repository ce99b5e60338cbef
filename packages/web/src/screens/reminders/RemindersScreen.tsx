import { Trans, useLingui } from '@lingui/react/macro';
import { editReminder, reminderIcs, reminderWords, type Reminder } from '@tend/core';
import { Link } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { useReminders } from '../../state/use-reminders.ts';
import { downloadFile } from '../../ui/download-file.ts';
import { CheckboxField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { ReminderForm } from './ReminderForm.tsx';
import { firstDayOn, icsFileName } from './reminder-choices.ts';
import { useCoreWord } from '../../i18n/core-words.ts';
import './reminders.css';

/** A calendar file, in UTF-8 so a person's words arrive as written. */
const calendarType = 'text/calendar;charset=utf-8';

function ReminderItem({ reminder }: { reminder: Reminder }) {
  const { vault, ports } = useApp();
  const { words, days, time, isInApp } = reminder.fields;
  const { t } = useLingui();
  const word = useCoreWord();
  const dayNames = days.map((d) => word(reminderWords.day[d])).join(', ');
  const addToCalendar = () => {
    const ics = reminderIcs(reminder, firstDayOn(days, Date.now()), Date.now());
    downloadFile(icsFileName(words), ics, calendarType);
  };
  const setInApp = (isOn: boolean) => {
    const result = editReminder(ports, reminder, { isInApp: isOn });
    if (result.ok) void vault.save(result.reminder);
  };
  return (
    <li className="reminder-item">
      <p className="reminder-words">{words}</p>
      <p className="quiet">
        <Trans>
          {dayNames} at {time}
        </Trans>
      </p>
      <CheckboxField label={t`Show a quiet note on home`} checked={isInApp} onChecked={setInApp} />
      <div className="actions">
        <button type="button" onClick={addToCalendar}>
          <Trans>Add to my calendar</Trans>
        </button>
        <button type="button" className="plain" onClick={() => void vault.remove(reminder.id)}>
          <Trans>Delete</Trans>
        </button>
      </div>
    </li>
  );
}

/** Reminders in the person's own words, at their own times; none until they make one. */
export function RemindersScreen() {
  const reminders = useReminders();
  const { t } = useLingui();
  return (
    <Page title={t`Reminders`} className="reminders" back={{ to: '/settings/data', label: t`Your data` }}>
      <p>
        <Trans>
          If it helps, Tend can remind you in your own words, on the days and at the times you choose. Nothing
          is counted, and a day without Tend is simply a day.
        </Trans>
      </p>
      <p>
        <Trans>
          <strong>Add to my calendar</strong> gives your calendar a repeating event with only your words in
          it, so your phone reminds you, privately. Tend does not send notifications itself: that would need a
          push service run outside Tend, which would learn when you are reminded.
        </Trans>
      </p>
      {reminders.length ? (
        <ul className="reminder-list" aria-label={t`Your reminders`}>
          {reminders.map((reminder) => (
            <ReminderItem key={reminder.id} reminder={reminder} />
          ))}
        </ul>
      ) : (
        <p className="empty">
          <Trans>No reminders. There is no need for any.</Trans>
        </p>
      )}
      <ReminderForm count={reminders.length} />
      <p>
        <Link to="/settings/data">
          <Trans>Back to your data</Trans>
        </Link>
      </p>
    </Page>
  );
}
