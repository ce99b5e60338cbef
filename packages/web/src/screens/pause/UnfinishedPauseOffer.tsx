import { Link } from '../../router/router.tsx';
import { pauseStartWords } from './pause-words.ts';
import { useUnfinishedPauses } from '../../state/use-pauses.ts';

/** Home offers the newest pause left open, so the afterwards step can be added when the person is ready. */
export function UnfinishedPauseOffer() {
  const [newest] = useUnfinishedPauses();
  if (!newest) return null;
  return (
    <p className="unfinished-pause">
      <Link to={`/pause/${newest.id}`} className="button">
        Finish your pause from {pauseStartWords(newest.fields.startedAt)}
      </Link>
    </p>
  );
}
