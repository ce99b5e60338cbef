import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import type { SharedDocument, ShareMode } from '@tend/core';
import { useEffect, useId, useRef } from 'react';
import { dayWords } from './shared-titles.ts';

/** What each way of sharing means, in one sentence each, in the language Tend speaks when it is said. */
export const modeSentences: Record<ShareMode, (name: string) => string> = {
  snapshot: (name) => t`${name} keeps this as it is now; later changes stay with you.`,
  live: (name) => t`“Keep it updated” means that when you edit this, ${name} sees the new version.`,
};

interface SharePreviewProps {
  readonly document: SharedDocument;
  readonly mode: ShareMode;
  readonly name: string;
  readonly isBusy: boolean;
  readonly onShare: () => void;
  readonly onNotNow: () => void;
}

/**
 * A moment to look before sharing: exactly the text the practitioner will read (the same rendering the
 * shared copy is sealed from), with "Share" and "Not now". It takes the keyboard's place when it opens.
 */
export function SharePreview({ document, mode, name, isBusy, onShare, onNotNow }: SharePreviewProps) {
  // Shown again in a newly chosen language, the mode's sentence with it.
  useLingui();
  const practitioner = name;
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div className="share-preview" role="region" aria-labelledby={headingId} ref={ref} tabIndex={-1}>
      <p className="share-preview-heading" id={headingId}>
        <Trans>What {practitioner} will see</Trans>
      </p>
      <div className="share-preview-document">
        <p className="share-preview-title">{document.title}</p>
        {document.when !== null ? <p className="quiet">{dayWords(document.when)}</p> : null}
        {document.sections.length ? (
          <dl>
            {document.sections.map((section, index) => (
              <div key={index}>
                <dt>{section.label}</dt>
                <dd>{section.text}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
      <p className="quiet">{modeSentences[mode](name)}</p>
      <div className="actions">
        <button type="button" className="primary" aria-disabled={isBusy} onClick={onShare}>
          <Trans>Share</Trans>
        </button>
        <button type="button" onClick={onNotNow}>
          <Trans>Not now</Trans>
        </button>
      </div>
    </div>
  );
}
