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
  const { vault } = useApp();
  const { navigate } = useRouter();
  const f = pause.fields;
  const parts = f.partIds.flatMap((id) => {
    const found = vault.get(id);
    return found && isPart(found) ? [partName(found)] : [];
  });
  const helped = optionsHelpedOf(pause).flatMap((id) => {
    const found = vault.get(id);
    return found && isResource(found) ? [found.fields.name] : [];
  });
  const strength = intensityWords(f.intensity, f.intensityAfter);
  const said: [string, ReactNode][] = [
    ['What happened', f.whatHappened],
    ['Parts that may have been here', parts.join(', ')],
    ['Who else', f.whoElse],
    ['What my body needed', f.bodyNeeds.map((n) => bodyNeedWords[n]).join(', ')],
    ['What I needed', [...f.needs.map((n) => pauseNeedWords[n]), f.ownNeeds].filter(Boolean).join(', ')],
    ["What I'd do", f.willDo],
    ['What helped', helped.join(', ')],
    ['Strength', strength ?? ''],
    ['Which response happened', f.response ? responseWords[f.response] : ''],
  ];
  const shown = said.filter(([, value]) => value !== '');

  return (
    <Page title="A past pause" className="pause">
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
        <p className="quiet">You paused, and that was enough. Nothing else was written.</p>
      )}
      <p>
        <Link to="/pauses" className="standalone-link">
          All past pauses
        </Link>
      </p>
      <LetGoSection
        what="this pause"
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
  const pause = useVaultObject(id, isPause);
  if (!pause)
    return (
      <Page title="Pause not found">
        <p>This pause is not in your vault on this device.</p>
        <p>
          <Link to="/pauses" className="standalone-link">
            Past pauses
          </Link>
        </p>
      </Page>
    );
  return <PauseRecord pause={pause} />;
}
