import { Trans, useLingui } from '@lingui/react/macro';
import type { Meeting, Part } from '@tend/core';
import type { ReactNode } from 'react';
import { Link } from '../../router/router.tsx';
import { usePatterns } from '../../state/use-patterns.ts';
import { patternSentence } from '../../i18n/sentences/pattern-sentence.ts';
import { meetingPageWords as words } from './meeting-words.ts';
import { usePartName } from '../../i18n/part-name.ts';

function Said({ text }: { text: string | null }) {
  return text?.trim() ? (
    <dd className="written-words">{text}</dd>
  ) : (
    <dd className="quiet">{words.notNoted()}</dd>
  );
}

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="meeting-step">
      <dt>{title}</dt>
      {children}
    </div>
  );
}

function Projection({ meeting }: { meeting: Meeting }) {
  const projection = meeting.fields.projection;
  if (!projection) return <Said text={null} />;
  const delay = projection.recognisedAfter;
  return (
    <dd>
      {projection.onWhom ? <span className="written-words">{words.onWhom(projection.onWhom)}</span> : null}{' '}
      {delay ? words.recognised(delay) : null}
    </dd>
  );
}

function PatternTag({ meeting }: { meeting: Meeting }) {
  const pattern = usePatterns().find((p) => p.id === meeting.fields.patternId);
  if (!pattern) return <Said text={null} />;
  const response = words.response(meeting);
  return (
    <dd>
      <Link to={`/patterns/${pattern.id}`}>{patternSentence(pattern)}</Link>
      {response ? `. ${response}.` : null}
    </dd>
  );
}

/** Every field of a meeting, in the person's words, in the order the meeting's steps ask for them. */
export function MeetingWords({ meeting, parts }: { meeting: Meeting; parts: readonly Part[] }) {
  const f = meeting.fields;
  const stances = words.stances(meeting);
  const { t } = useLingui();
  const partName = usePartName();
  const before = words.intensity(f.intensityBefore);
  const after = words.intensity(f.intensityAfter);
  return (
    <dl className="meeting-words">
      <Step title={parts.length > 1 ? t`The parts I met` : t`The part I met`}>
        <dd>
          <ul className="plain-list">
            {parts.map((p) => (
              <li key={p.id}>
                <Link to={`/parts/${p.id}`}>{partName(p)}</Link>
              </li>
            ))}
          </ul>
        </dd>
      </Step>
      <Step title={t`What brought it forward`}>
        <Said text={f.broughtForward} />
      </Step>
      <Step title={t`What it felt`}>
        <Said text={f.felt} />
      </Step>
      <Step title={t`What it needed`}>
        <Said text={f.needed} />
      </Step>
      <Step title={t`How I related to it`}>
        {stances.length ? (
          <dd>
            <ul className="plain-list">
              {stances.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </dd>
        ) : (
          <Said text={null} />
        )}
      </Step>
      <Step title={t`How present I was`}>
        <Said text={words.presence(meeting)} />
      </Step>
      <Step title={t`What I offered it`}>
        <Said text={f.offered} />
      </Step>
      <Step title={t`Intensity`}>
        {f.intensityBefore === null && f.intensityAfter === null ? (
          <Said text={null} />
        ) : (
          <dd>
            <Trans>
              Before: {before}. After: {after}.
            </Trans>
          </dd>
        )}
      </Step>
      <Step title={t`Both things that are true`}>
        <Said text={f.bothTrue} />
      </Step>
      <Step title={t`A projection I noticed`}>
        <Projection meeting={meeting} />
      </Step>
      <Step title={t`The pattern it belongs to`}>
        <PatternTag meeting={meeting} />
      </Step>
    </dl>
  );
}
