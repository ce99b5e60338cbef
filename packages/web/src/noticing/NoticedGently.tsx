import { Trans } from '@lingui/react/macro';
import { useCoreWord } from '../i18n/core-words.ts';
import { noticingCopy } from '@tend/core';
import { useId, useState } from 'react';
import { quotePassage, type FieldNoticing } from './field-noticings.ts';
import './noticing.css';

interface NoticedGentlyProps {
  readonly noticings: readonly FieldNoticing[];
  readonly onDismiss: (noticing: FieldNoticing, index: number) => void;
}

/**
 * Passages Tend noticed, quoted as the person wrote them. Opening one names the pattern gently and
 * offers a kinder question; the words themselves are never rewritten.
 */
export function NoticedGently({ noticings, onDismiss }: NoticedGentlyProps) {
  const id = useId();
  const word = useCoreWord();
  const [openKey, setOpenKey] = useState<string | null>(null);
  if (noticings.length === 0) return null;

  return (
    <section className="noticed" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="noticed-heading">
        <Trans>Noticed gently</Trans>
      </h2>
      <p className="quiet">
        <Trans>If you like, open one to look at it kindly. This stays on this device.</Trans>
      </p>
      <ul className="noticed-list">
        {noticings.map((noticing, index) => {
          const isOpen = openKey === noticing.key;
          const detailId = `${id}-detail-${index}`;
          const copy = noticingCopy[noticing.pattern];
          return (
            <li key={noticing.key}>
              <button
                type="button"
                className="noticed-passage"
                aria-expanded={isOpen}
                aria-controls={isOpen ? detailId : undefined}
                onClick={() => setOpenKey(isOpen ? null : noticing.key)}
              >
                “{quotePassage(noticing.passage)}”
              </button>
              {isOpen ? (
                <div id={detailId} className="noticed-detail">
                  <p className="noticed-name">{word(copy.name)}</p>
                  <p>{word(copy.question)}</p>
                  <button type="button" onClick={() => onDismiss(noticing, index)}>
                    <Trans>Dismiss</Trans>
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
