import { Trans, useLingui } from '@lingui/react/macro';
import { dueReminder, localMomentOf } from '@tend/core';
import { useEffect, useState } from 'react';
import { useReminders } from '../../state/use-reminders.ts';

/** Home looks at the clock this often; a reminder shows for half an hour, so a little late is fine. */
const tick = 30_000;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tick);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * A quiet note on home with the person's own words, while Tend is open at a time they chose. It
 * says nothing else, and once put away it stays away until that reminder's next time.
 */
export function ReminderNote() {
  const reminders = useReminders();
  const now = useNow();
  const [putAway, setPutAway] = useState<string | null>(null);
  const { t } = useLingui();
  const due = dueReminder(reminders, localMomentOf(now));
  const occurrence = due ? `${due.id}@${new Date(now).toDateString()}` : null;
  if (!due || occurrence === putAway) return null;
  return (
    <aside className="notice notice-info reminder-note" aria-label={t`Your reminder`}>
      <p>{due.fields.words}</p>
      <button type="button" className="plain" onClick={() => setPutAway(occurrence)}>
        <Trans>Put away</Trans>
      </button>
    </aside>
  );
}
