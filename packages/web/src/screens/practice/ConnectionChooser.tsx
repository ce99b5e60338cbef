import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import type { ConnectionSummary } from '../../vault/practice-service.ts';

/** Which connection a page shows: the newest, unless the client chose another. */
export function useChosenConnection(connections: readonly ConnectionSummary[]) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = connections.find((c) => c.id === chosenId) ?? connections[0] ?? null;
  return { chosen, choose: setChosenId };
}

interface ConnectionChooserProps {
  readonly connections: readonly ConnectionSummary[];
  readonly chosen: ConnectionSummary;
  readonly onChoose: (id: string) => void;
}

/** Shown only with more than one practitioner. */
export function ConnectionChooser({ connections, chosen, onChoose }: ConnectionChooserProps) {
  const id = useId();
  const { t } = useLingui();
  if (connections.length < 2) return null;
  return (
    <div className="field">
      <label htmlFor={id}>
        <Trans>Practitioner</Trans>
      </label>
      <select id={id} value={chosen.id} onChange={(e) => onChoose(e.target.value)}>
        {connections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.practiceName ? `${c.practitionerName}, ${c.practiceName}` : c.practitionerName}
            {c.endedAt === null ? '' : ` ${t`(ended)`}`}
          </option>
        ))}
      </select>
    </div>
  );
}
