import { Trans, useLingui } from '@lingui/react/macro';
import {
  isPart,
  isRelationship,
  localDate,
  sessionExtras,
  sessionMarkdown,
  sessionPage,
  type SessionChoice,
} from '@tend/core';
import { useMemo, useState } from 'react';
import { readableLanguageNow } from '../../i18n/sentences/readable.ts';
import { Link } from '../../router/router.tsx';
import { useApp } from '../../state/app-provider.tsx';
import { useSessionObjects } from '../../state/use-session-objects.ts';
import { downloadFile } from '../../ui/download-file.ts';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { SessionChoices } from './SessionChoices.tsx';
import { SessionDocument } from './SessionDocument.tsx';
import { firstChoice, sessionFileName } from './session-choice.ts';
import './for-session.css';

const markdownType = 'text/markdown;charset=utf-8';

/** The system share sheet, where the browser has one that takes files. */
function canShareFiles(): boolean {
  const probe = new File([''], 'probe.md', { type: 'text/markdown' });
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [probe] });
}

/**
 * "For my session": chosen items and a span of days as a page to print (or save as PDF) and as a
 * Markdown file, made on this device. Opened from Bring to session, a part's story or a person's page.
 */
export function ForSessionScreen({ id }: { id?: string }) {
  const { vault } = useApp();
  const { t, i18n } = useLingui();
  // The page is written in the language Tend speaks, and again when it changes.
  const locale = i18n.locale;
  const language = useMemo(() => readableLanguageNow(), [locale]);
  const objects = useSessionObjects();
  const [choice, setChoice] = useState<SessionChoice>(() => firstChoice(Date.now(), id ?? null));
  const [shared, setShared] = useState<string | null>(null);
  const today = localDate(Date.now());

  // Every item of the span is rendered once per change of span, kinds or additions; taking one out
  // only filters and counts the pictures again, so ticking boxes stays quick on a long vault.
  const { from, to, kinds, ids, leftOut, withLists } = choice;
  const candidates = useMemo(() => {
    const all = { from, to, kinds, ids, leftOut: [], withLists: true };
    return sessionPage(objects, (key) => vault.get(key), all, today, localDate, language);
  }, [objects, vault, from, to, kinds, ids, today, language]);
  const page = useMemo(() => {
    const documents = candidates.documents.filter((d) => !leftOut.includes(d.id));
    const lookup = (key: string) => vault.get(key);
    const extras = sessionExtras(objects, lookup, documents, { from, to, withLists }, localDate, language);
    return { ...candidates, documents, ...extras };
  }, [candidates, objects, vault, from, to, leftOut, withLists, language]);
  const named = useMemo(
    () =>
      objects.flatMap((object) =>
        isPart(object) || isRelationship(object) ? [{ object, name: object.fields.name || t`Unnamed` }] : [],
      ),
    [objects, t],
  );

  const fileName = sessionFileName(choice, today);
  const download = () => downloadFile(fileName, sessionMarkdown(page, language), markdownType);
  const share = async () => {
    setShared(null);
    const file = new File([sessionMarkdown(page, language)], fileName, { type: 'text/markdown' });
    try {
      await navigator.share({ files: [file], title: page.title });
      setShared(t`Shared.`);
    } catch {
      // Closing the share sheet is a choice, not a problem.
    }
  };

  return (
    <Page title={t`For my session`} className="for-session">
      <p className="no-print">
        <Trans>
          A page of what you would like to bring, in your own words, made on this device and sent nowhere. You
          can print it, save it as a PDF from the print window, or download it as a Markdown file.
        </Trans>
      </p>
      <SessionChoices
        choice={choice}
        onChoice={setChoice}
        candidates={candidates.documents}
        named={named}
        hasLists={candidates.lists.length > 0}
      />
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          <Trans>Print or save as PDF</Trans>
        </button>
        <button type="button" onClick={download}>
          <Trans>Download Markdown</Trans>
        </button>
        {canShareFiles() ? (
          <button type="button" onClick={() => void share()}>
            <Trans>Share…</Trans>
          </button>
        ) : null}
      </div>
      <Notice tone="success">{shared}</Notice>
      <SessionDocument page={page} />
      <p className="no-print">
        <Trans>
          <Link to="/settings/data">Your data</Link>, in Settings, has your whole vault as files too.
        </Trans>
      </p>
    </Page>
  );
}
