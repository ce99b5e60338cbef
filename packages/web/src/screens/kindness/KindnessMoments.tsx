import { Trans, useLingui } from '@lingui/react/macro';
import {
  kindnessCopy,
  kindnessThisWeek,
  kindnessWhats,
  recordKindness,
  type KindnessMoment,
  type KindnessWhat,
} from '@tend/core';
import { Link } from '../../router/router.tsx';
import { useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { InputField } from '../../ui/Field.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useKindnessMoments } from '../../state/use-kindness.ts';
import { useVaultSession } from '../../state/vault-session.tsx';
import { kindnessIcons } from './kindness-icons.tsx';
import './kindness.css';
import { LineIcon } from '../../ui/LineIcon.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';
import { sayKindnessWeek } from '../../i18n/sentences/kindness.ts';

const oneTap = kindnessWhats.filter((what): what is keyof typeof kindnessIcons => what !== 'own-words');
// Until the person can choose, weeks start on Monday.
const weekStartsOn = 1;

/**
 * One-tap kindness on ordinary days, and a gentle fact about this week; nothing more is asked. The
 * moment just noted can be undone at once, for a tap that was not meant.
 */
export function KindnessMoments({ isOnItsPage = false }: { isOnItsPage?: boolean }) {
  const { vault, ports } = useApp();
  const { status } = useVaultSession();
  const moments = useKindnessMoments();
  const action = useAction();
  const [noted, setNoted] = useState<string | null>(null);
  const [last, setLast] = useState<KindnessMoment | null>(null);
  const [words, setWords] = useState('');
  const week = kindnessThisWeek(moments, ports.clock.now(), weekStartsOn);
  const { t } = useLingui();
  const word = useCoreWord();

  const note = async (what: KindnessWhat, ownWords = '') => {
    const result = recordKindness(ports, { what, words: ownWords });
    if (!result.ok) {
      action.fail(t`Those words are longer than a kindness moment can hold.`);
      return;
    }
    if (await action.run(() => vault.save(result.moment))) {
      const noting = ownWords || word(kindnessCopy.what[what]);
      setNoted(t`Noted: ${noting}.`);
      setLast(result.moment);
      if (ownWords) setWords('');
    }
  };

  const undo = async () => {
    const moment = last;
    if (!moment || !(await action.run(() => vault.remove(moment.id)))) return;
    setLast(null);
    setNoted(t`Taken back.`);
  };

  const noteOwn = (event: FormEvent) => {
    event.preventDefault();
    if (words.trim()) void note('own-words', words.trim());
  };

  return (
    <section aria-labelledby="kindness-heading" className="kindness">
      <h2 id="kindness-heading">
        <Trans>Kindness moments</Trans>
      </h2>
      {/* While locked the week's moments cannot be read, so there is nothing true to say about them. */}
      {status === 'locked' ? null : <p className="quiet">{sayKindnessWeek(week)}</p>}
      <div className="kindness-row">
        {oneTap.map((what) => (
          <button
            key={what}
            type="button"
            className="kindness-tile"
            aria-disabled={action.busy}
            onClick={() => void note(what)}
          >
            <LineIcon>{kindnessIcons[what]}</LineIcon>
            <span>{word(kindnessCopy.what[what])}</span>
          </button>
        ))}
      </div>
      <form onSubmit={noteOwn} className="kindness-own">
        <InputField
          label={word(kindnessCopy.what['own-words'])}
          value={words}
          onValue={setWords}
          maxLength={500}
        />
        <button type="submit" aria-disabled={action.busy}>
          <Trans>Note it</Trans>
        </button>
      </form>
      <Notice tone="success">{noted}</Notice>
      {last && status !== 'locked' ? (
        <button type="button" className="link-button" aria-disabled={action.busy} onClick={() => void undo()}>
          <Trans>Undo the last one</Trans>
        </button>
      ) : null}
      <Notice tone="problem">{action.problem}</Notice>
      {isOnItsPage || status === 'locked' ? null : (
        <p>
          <Link to="/kindness/all" className="standalone-link">
            <Trans>All kindness moments</Trans>
          </Link>
        </p>
      )}
    </section>
  );
}
