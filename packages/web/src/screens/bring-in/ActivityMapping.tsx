import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { kindnessCopy, kindnessWhats, type ActivityMapping, type KindnessWhat } from '@tend/core';
import { useId } from 'react';

interface ActivityMappingProps {
  readonly mapping: ActivityMapping;
  readonly onMapping: (mapping: ActivityMapping) => void;
}

const none = 'none';

/** For each Daylio activity: a kind of kindness moment, or none. Suggested first, the person decides. */
export function ActivityMappingFields({ mapping, onMapping }: ActivityMappingProps) {
  const id = useId();
  const { t } = useLingui();
  const word = useCoreWord();
  const names = Object.keys(mapping).sort((a, b) => a.localeCompare(b));
  if (!names.length) return null;
  const choose = (name: string, value: string) => {
    const what = kindnessWhats.find((w) => w === value) ?? null;
    onMapping({ ...mapping, [name]: what });
  };
  return (
    <fieldset className="choices bring-in-mapping">
      <legend>
        <Trans>Activities as kindness moments</Trans>
      </legend>
      <p className="field-hint">
        <Trans>
          Each activity can also be noted as a kindness moment on its day. Tend suggested some; change any you
          like.
        </Trans>
      </p>
      {names.map((name, index) => (
        <div className="field" key={name}>
          <label htmlFor={`${id}-${index}`}>{name}</label>
          <select
            id={`${id}-${index}`}
            value={mapping[name] ?? none}
            onChange={(event) => choose(name, event.target.value)}
          >
            <option value={none}>{t`Not a kindness moment`}</option>
            {kindnessWhats.map((what: KindnessWhat) => (
              <option key={what} value={what}>
                {what === 'own-words' ? t`In its own words: ${name}` : word(kindnessCopy.what[what])}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
