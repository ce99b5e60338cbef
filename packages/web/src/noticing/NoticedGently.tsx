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
  const [openKey, setOpenKey] = useState<string | null>(null);
  if (noticings.length === 0) return null;

  return (
    <section className="noticed" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="noticed-heading">
        Noticed gently
      </h2>
      <p className="quiet">If you like, open one to look at it kindly. This stays on this device.</p>
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
                  <p className="noticed-name">{copy.name}</p>
                  <p>{copy.question}</p>
                  <button type="button" onClick={() => onDismiss(noticing, index)}>
                    Dismiss
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
