/**
 * A calm line while a backup is made or opened on this device. The work runs off the page's thread,
 * so the bar keeps moving and the rest of the page stays usable meanwhile.
 */
export function WorkingNote({ words }: { words: string | null }) {
  return (
    <div role="status" className={words ? 'working-note' : 'notice-empty'}>
      {words ? (
        <>
          <progress aria-label={words} />
          <span>{words}</span>
        </>
      ) : null}
    </div>
  );
}
