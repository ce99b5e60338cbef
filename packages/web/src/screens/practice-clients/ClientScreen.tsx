import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import type { ClientView } from '../../vault/practice-service.ts';
import { describePracticeError } from '../practice/practice-words.ts';
import { dayWords } from '../practice/shared-titles.ts';
import { usePractice, usePracticeSnapshot } from '../../state/use-practice.ts';
import { useRememberEnded, useRememberLook } from '../../state/use-client-glances.ts';
import { newsWords } from './caseload-words.ts';
import { ClientMaterial, type ClientActions } from './ClientMaterial.tsx';
import { clientStatus, isShareGone } from './client-status.ts';
import { ConnectionEnded, EndConnection } from './EndConnection.tsx';
import { PrivateNotes } from './PrivateNotes.tsx';
import '../parts/parts.css';
import '../practice/practice.css';
import './practice-clients.css';

// An ended connection leaves the open page within about a second.
const refreshEveryMs = 1_000;

/**
 * One client, as the practitioner sees them. The share list is read every second while the page is visible
 * (that is not an access); the shared material itself is fetched only when something is new or after
 * the practitioner writes, because every fetch is written to the client's access log. Its path
 * (/practice/clients/:id) carries the id of the client's share.
 */
export function ClientScreen({ id: shareId }: { id: string }) {
  const { t } = useLingui();
  const practice = usePractice();
  const snapshot = usePracticeSnapshot();
  const [view, setView] = useState<ClientView | null>(null);
  const [wasRefused, setWasRefused] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const status = clientStatus(snapshot, shareId, wasRefused);
  const isEnded = status === 'ended';
  const summary = snapshot.clients.find((c) => c.shareId === shareId) ?? null;
  const isLoading = useRef(false);
  const lastLoadEnded = useRef(-Infinity);

  const load = useCallback(async () => {
    if (isLoading.current) return;
    isLoading.current = true;
    try {
      setView(await practice.openClient(shareId));
      setProblem(null);
    } catch (error) {
      if (isShareGone(error)) setWasRefused(true);
      else setProblem(describePracticeError(error));
    } finally {
      isLoading.current = false;
      lastLoadEnded.current = performance.now();
    }
  }, [practice, shareId]);

  const hasOpened = useRef(false);
  useEffect(() => {
    if (hasOpened.current) return;
    hasOpened.current = true;
    void load();
  }, [load]);

  useEffect(() => {
    if (isEnded) return;
    let isRefreshing = false;
    const tick = async () => {
      if (isRefreshing || document.visibilityState !== 'visible') return;
      isRefreshing = true;
      const startedAt = performance.now();
      try {
        await practice.refresh();
        const client = practice.snapshot().clients.find((c) => c.shareId === shareId);
        // New since the last fetch, as a reading taken after that fetch says: fetch again.
        if (client?.hasNew && lastLoadEnded.current < startedAt) await load();
      } catch {
        // Offline or the server resting: the next tick tries again; what is shown stays.
      } finally {
        isRefreshing = false;
      }
    };
    const onVisible = () => void tick();
    void tick();
    const timer = setInterval(() => void tick(), refreshEveryMs);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [practice, shareId, load, isEnded]);

  // Once ended, nothing of what was shared is kept, not even in memory.
  useEffect(() => {
    if (isEnded) setView(null);
  }, [isEnded]);

  const afterWrite = async (write: () => Promise<void>) => {
    try {
      await write();
    } catch (error) {
      if (isShareGone(error)) setWasRefused(true);
      throw error;
    }
    await load();
  };
  const actions: ClientActions = {
    reflect: (onItemId, text) => afterWrite(() => practice.writeReflection(shareId, onItemId, text)),
    suggest: (what, note) =>
      afterWrite(() => practice.suggestPractice(shareId, { practice: what, note, onItemId: null })),
    withdraw: (recordId) => afterWrite(() => practice.withdraw(shareId, recordId)),
    mark: (entry) => afterWrite(() => practice.markTalkedAbout(shareId, entry)),
  };

  // What is new since the last look is said once, from the first fetch of this visit.
  const news = useRememberLook(view, summary?.connectedAt ?? null);
  const [isEndedByMe, setIsEndedByMe] = useState(false);
  useRememberEnded(isEnded ? [shareId] : [], isEndedByMe ? 'me' : 'client');
  const endMine = async () => {
    setIsEndedByMe(true);
    await practice.endConnection({ shareId });
  };
  const newsLine = news && newsWords(news);

  // An empty name (keys forgotten meanwhile) is no name: the notes must not be kept under it.
  const name = [view?.name, summary?.name].find((n) => n) ?? null;
  // Remembered for the private notes, which stay named once the share (and its name) is gone.
  const [lastName, setLastName] = useState<string | null>(null);
  useEffect(() => {
    if (name !== null) setLastName(name);
  }, [name]);
  const notesName = name ?? lastName;
  const since = summary ? dayWords(summary.connectedAt) : null;
  if (isEnded)
    return (
      <Page title={t`Connection ended`} className="practice practice-clients">
        <ConnectionEnded />
        <PrivateNotes shareId={shareId} clientName={notesName} />
      </Page>
    );
  return (
    <Page title={name ?? t`A client`} className="practice practice-clients">
      <p className="quiet">
        {since ? (
          <>
            <Trans>Connected since {since}.</Trans>{' '}
          </>
        ) : null}
        <Link to="/practice">
          <Trans>All clients</Trans>
        </Link>
      </p>
      {newsLine ? <p className="news-line">{newsLine}</p> : null}
      <Notice tone="problem">{problem}</Notice>
      {view ? (
        <ClientMaterial view={view} actions={actions} />
      ) : problem ? null : (
        <p className="quiet" role="status">
          <Trans>One moment…</Trans>
        </p>
      )}
      <PrivateNotes shareId={shareId} clientName={notesName} />
      <EndConnection name={name} onEnd={endMine} />
    </Page>
  );
}
