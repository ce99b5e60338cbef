import { Trans, useLingui } from '@lingui/react/macro';
import { type ShareMode, type SharedDocument, type SharedItem, modeWords, shareDocument } from '@tend/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useCoreWord } from '../../i18n/core-words.ts';
import { shareLanguageNow } from '../../i18n/sentences/share.ts';
import { useApp } from '../../state/app-provider.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAction } from '../../ui/use-action.ts';
import type { ConnectionSummary } from '../../vault/practice-service.ts';
import { practiceErrorWords, unshareWords } from './practice-words.ts';
import { modeSentences, SharePreview } from './SharePreview.tsx';
import {
  activeConnections,
  usePractice,
  usePracticeSnapshot,
  useSharedItems,
} from '../../state/use-practice.ts';
import './share.css';

interface ShareWithPractitionerProps {
  /** The vault object to share. */
  readonly objectId: string;
  /** What is shared, in words, e.g. "this entry" or "a summary of this part". */
  readonly what?: string;
  /** In a list (one per meeting or check-in): folded away until opened, with no heading of its own. */
  readonly isCompact?: boolean;
  /** Saves what is on screen first, so the shared copy holds it; false when that did not work. */
  readonly beforeShare?: (() => Promise<boolean>) | undefined;
}

/**
 * "Share with my practitioner" on any item: nothing at all without an open connection; otherwise the
 * choice of sharing it as it is now or kept updated, then who it is shared with and a way to stop.
 */
export function ShareWithPractitioner({
  objectId,
  what,
  isCompact = false,
  beforeShare,
}: ShareWithPractitionerProps) {
  const { t } = useLingui();
  const snapshot = usePracticeSnapshot();
  const items = useSharedItems();
  const connections = activeConnections(snapshot);
  const headingId = useId();
  if (!connections.length) return null;
  const rows = connections.map((c) => (
    <ShareRow
      key={c.id}
      connection={c}
      item={items.find((i) => i.fields.connectionId === c.id && i.fields.sourceId === objectId) ?? null}
      objectId={objectId}
      what={what ?? t`this`}
      isCompact={isCompact}
      beforeShare={beforeShare}
    />
  ));
  if (isCompact) return <div className="share-control share-compact">{rows}</div>;
  return (
    <section className="share-control" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Trans>Share with my practitioner</Trans>
      </h2>
      {rows}
    </section>
  );
}

interface ShareRowProps {
  readonly connection: ConnectionSummary;
  readonly item: SharedItem | null;
  readonly objectId: string;
  readonly what: string;
  readonly isCompact: boolean;
  readonly beforeShare: (() => Promise<boolean>) | undefined;
}

function ShareRow({ connection, item, objectId, what, isCompact, beforeShare }: ShareRowProps) {
  const practice = usePractice();
  const { vault } = useApp();
  const { t, i18n } = useLingui();
  const word = useCoreWord();
  const action = useAction(item ? unshareWords : practiceErrorWords);
  const [preview, setPreview] = useState<{ mode: ShareMode; document: SharedDocument } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [isMoving, setIsMoving] = useState(false);
  const rowRef = useRef<HTMLDivElement>(null);
  const name = connection.practitionerName;
  const practitioner = name;
  const isShared = item !== null;

  // The buttons pressed are replaced by the new state: keep the keyboard's place on this row.
  useEffect(() => {
    if (!isMoving) return;
    setIsMoving(false);
    rowRef.current?.focus({ preventScroll: true });
  }, [isShared, isMoving]);

  // First a moment to look: what is on screen is saved, then rendered as the practitioner will read it.
  const look = async (mode: ShareMode) => {
    setNote(null);
    if (beforeShare && !(await beforeShare())) return;
    const source = vault.get(objectId);
    const document = source && shareDocument(source, (id) => vault.get(id), shareLanguageNow());
    if (!document) return action.fail(t`This cannot be shared just now. Would you like to try again?`);
    setPreview({ mode, document });
  };

  const share = async (mode: ShareMode) => {
    if (!(await action.run(() => practice.share(connection.id, objectId, mode)))) return;
    setPreview(null);
    setNote(t`Shared with ${name}.`);
    setIsMoving(true);
  };

  const notNow = () => {
    setPreview(null);
    setIsMoving(true);
  };

  const stop = async () => {
    setNote(null);
    if (!item || !(await action.run(() => practice.unshare(item.id)))) return;
    setNote(t`No longer shared with ${name}. It stays in your vault.`);
    setIsMoving(true);
  };

  const messages = (
    <>
      <Notice tone="success">{note}</Notice>
      <Notice tone="problem">{action.problem}</Notice>
    </>
  );

  if (item) {
    const how = word(modeWords[item.fields.mode]).toLocaleLowerCase(i18n.locale);
    return (
      <div className="share-row" ref={rowRef} tabIndex={-1}>
        <p className="share-state">
          <span className="share-name">
            <Trans>Shared with {practitioner}</Trans>
          </span>{' '}
          <span className="quiet">({how})</span>
        </p>
        <div className="actions">
          <button type="button" aria-disabled={action.busy} onClick={() => void stop()}>
            <Trans>Stop sharing</Trans>
          </button>
        </div>
        {messages}
      </div>
    );
  }

  const choices = preview ? (
    <SharePreview
      document={preview.document}
      mode={preview.mode}
      name={name}
      isBusy={action.busy}
      onShare={() => void share(preview.mode)}
      onNotNow={notNow}
    />
  ) : (
    <>
      <p className="quiet">
        <Trans>
          {practitioner} will see {what} and nothing else. You can stop sharing at any time.
        </Trans>
      </p>
      <div className="actions" role="group" aria-label={t`Share ${what} with ${name}`}>
        <button type="button" aria-disabled={action.busy} onClick={() => void look('snapshot')}>
          <Trans>As it is now</Trans>
        </button>
        <button type="button" aria-disabled={action.busy} onClick={() => void look('live')}>
          <Trans>Keep it updated when I edit</Trans>
        </button>
      </div>
      <p className="quiet">{modeSentences.live(name)}</p>
    </>
  );

  return (
    <div className="share-row" ref={rowRef} tabIndex={-1}>
      {isCompact ? (
        <details className="share-details">
          <summary>
            <Trans>Share with {practitioner}</Trans>
          </summary>
          {choices}
        </details>
      ) : (
        choices
      )}
      {messages}
    </div>
  );
}
