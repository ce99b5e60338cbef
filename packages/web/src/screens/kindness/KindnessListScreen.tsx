import { Trans, useLingui } from '@lingui/react/macro';
import { kindnessCopy, type KindnessMoment } from '@tend/core';
import { useMemo, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useKindnessMoments } from '../../state/use-kindness.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { ShowMoreButton, useShowMore } from '../../ui/ShowMore.tsx';
import { useAction } from '../../ui/use-action.ts';
import { KindnessMoments } from './KindnessMoments.tsx';
import './kindness.css';
import { formatWhen } from '../../ui/dates.ts';
import { coreWord } from '../../i18n/core-words.ts';

const newestFirst = (a: KindnessMoment, b: KindnessMoment): number => b.fields.at - a.fields.at;

const momentWhen = (ms: number): string => formatWhen(ms, 'weekdayMoment');

const momentWords = (moment: KindnessMoment): string =>
  moment.fields.words.trim() || coreWord(kindnessCopy.what[moment.fields.what]);

/** At /kindness: every kindness moment noted, newest first; any one can be let go. No chains, no gaps. */
export function KindnessListScreen() {
  const { vault } = useApp();
  const all = useKindnessMoments();
  const moments = useMemo(() => [...all].sort(newestFirst), [all]);
  const shown = useShowMore(moments.length, 50);
  const action = useAction();
  const { t } = useLingui();
  const [letting, setLetting] = useState<KindnessMoment | null>(null);

  const remove = async () => {
    const moment = letting;
    setLetting(null);
    if (moment) await action.run(() => vault.remove(moment.id));
  };

  return (
    <Page title={t`Kindness moments`} className="kindness-page">
      <KindnessMoments isOnItsPage />
      <section aria-labelledby="noted-heading">
        <h2 id="noted-heading">
          <Trans>Noted so far</Trans>
        </h2>
        <Notice tone="problem">{action.problem}</Notice>
        {moments.length ? (
          <ul className="plain-list kindness-list">
            {moments.slice(0, shown.count).map((moment) => {
              const what = momentWords(moment);
              const when = momentWhen(moment.fields.at);
              return (
                <li key={moment.id}>
                  <span>
                    <span className="written-words">{what}</span>
                    <span className="quiet"> · {when}</span>
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t`Let go of “${what}”, ${when}`}
                    onClick={() => setLetting(moment)}
                  >
                    <Trans>Let go</Trans>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="empty">{coreWord(kindnessCopy.none)}</p>
        )}
        {shown.hasMore ? (
          <ShowMoreButton label={t`Show earlier moments`} onShowMore={shown.showMore} />
        ) : null}
      </section>
      <ConfirmDialog
        isOpen={letting !== null}
        title={t`Let go of this kindness moment?`}
        confirmLabel={t`Let it go`}
        onConfirm={() => void remove()}
        onCancel={() => setLetting(null)}
      >
        <p>
          <Trans>It will be removed from this device and, if you sync, from your other devices.</Trans>
        </p>
      </ConfirmDialog>
    </Page>
  );
}
