import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import {
  isPause,
  partName,
  bodyNeedWords,
  pauseNeedWords,
  responseWords,
  isPart,
  isResource,
  optionsHelpedOf,
  type Pause,
} from '@tend/core';
import type { ReactNode } from 'react';
import { Link, useRouter } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { useVaultObject } from '../../state/use-vault-objects.ts';
import { LetGoSection, removedEverywhere } from '../../ui/LetGoSection.tsx';
import { Page } from '../../ui/Page.tsx';
import { intensityWords, pauseDateWords } from './pause-words.ts';
import './pause.css';

function Said({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What the person entered in a pause, read back as they wrote it; nothing said is left out. */
function PauseRecord({ pause }: { pause: Pause }) {
  const { t } = useLingui();
  const word = useCoreWord();
  const { vault } = useApp();
  const { navigate } = useRouter();
  const f = pause.fields;
  const parts = f.partIds.flatMap((id) => {
    const found = vault.get(id);
    return found && isPart(found) ? [word(partName(found))] : [];
  });
  const helped = optionsHelpedOf(pause).flatMap((id) => {
    const found = vault.get(id);
    return found && isResource(found) ? [found.fields.name] : [];
  });
  const strength = intensityWords(f.intensity, f.intensityAfter);
  const said: [string, ReactNode][] = [
    [t`What happened`, f.whatHappened],
    [t`Parts that may have been here`, parts.join(', ')],
    [t`Who else`, f.whoElse],
    [t`What my body needed`, f.bodyNeeds.map((n) => word(bodyNeedWords[n])).join(', ')],
    [
      t`What I needed`,
      [...f.needs.map((n) => word(pauseNeedWords[n])), f.ownNeeds].filter(Boolean).join(', '),
    ],
    [t`What I'd do`, f.willDo],
    [t`What helped`, helped.join(', ')],
    [t`Strength`, strength ?? ''],
    [t`Which response happened`, f.response ? word(responseWords[f.response]) : ''],
  ];
  const shown = said.filter(([, value]) => value !== '');

  return (
    <Page title={t`A past pause`} className="pause">
      <p className="lead">{pauseDateWords(f.startedAt)}</p>
      {shown.length ? (
        <dl className="pause-record">
          {shown.map(([label, value]) => (
            <Said key={label} label={label}>
              {value}
            </Said>
          ))}
        </dl>
      ) : (
        <p className="quiet">
          <Trans>You paused, and that was enough. Nothing else was written.</Trans>
        </p>
      )}
      <p>
        <Link to="/pauses" className="standalone-link">
          <Trans>All past pauses</Trans>
        </Link>
      </p>
      <LetGoSection
        what={t`this pause`}
        onDelete={async () => {
          await vault.remove(pause.id);
          navigate('/pauses', { replace: true });
        }}
      >
        <p>{removedEverywhere}</p>
      </LetGoSection>
    </Page>
  );
}

export function PauseRecordScreen({ id }: { id: string }) {
  const { t } = useLingui();
  const pause = useVaultObject(id, isPause);
  if (!pause)
    return (
      <Page title={t`Pause not found`}>
        <p>
          <Trans>This pause is not in your vault on this device.</Trans>
        </p>
        <p>
          <Link to="/pauses" className="standalone-link">
            <Trans>Past pauses</Trans>
          </Link>
        </p>
      </Page>
    );
  return <PauseRecord pause={pause} />;
}
