import { GentleNoticing } from '../../noticing/GentleNoticing.tsx';
import { useNoticedWords } from '../../noticing/use-noticed-words.ts';

interface JournalNoticingProps {
  /** Which entry this is ('new' or its id), for what the person dismissed in its noticings. */
  readonly entryKey: string;
  readonly title: string;
  readonly body: string;
  /** Just saved: the noticings are brought into view. */
  readonly isSaved: boolean;
}

/** The field names of an entry's words, so a new entry's can follow it once it has an id. */
export const journalField = (entryKey: string) => `journal:${entryKey}`;

/**
 * Gentle noticing under an entry's words. Crisis language in the title or the body brings the one
 * offer of Support now, whatever the "Gentle noticing" setting says: it is about safety.
 */
export function JournalNoticing({ entryKey, title, body, isSaved }: JournalNoticingProps) {
  const field = journalField(entryKey);
  const gentle = useNoticedWords(
    [
      { field: `${field}:title`, text: title },
      { field: `${field}:body`, text: body },
    ],
    true,
  );
  return <GentleNoticing noticings={gentle} isRevealed={isSaved} />;
}
