import { useLingui } from '@lingui/react';
import { useCoreWord } from '../../i18n/core-words.ts';
import { readableLanguageNow } from '../../i18n/sentences/readable.ts';
import { qualityNames, type PartPicture, type RelationshipPicture, type SessionPicture } from '@tend/core';
import { StoryChart } from '../meetings/StoryChart.tsx';
import { QualityChart, RelationshipChart } from '../relationships/RelationshipChart.tsx';

/** The most recent months drawn, as on the screens; the words beside each picture cover them all. */
const monthsDrawn = 12;

const hasYears = (months: readonly { month: string }[]): boolean =>
  new Set(months.slice(-monthsDrawn).map((m) => m.month.slice(0, 4))).size > 1;

/** The readable copy's words, said again when the language changes. */
function useReadableWords() {
  useLingui();
  return readableLanguageNow().words;
}

function PartPictureItem({ picture }: { picture: PartPicture }) {
  const w = useReadableWords();
  return (
    <article className="session-picture" aria-label={w.partPicture(picture.name)}>
      <h4>{w.partPicture(picture.name)}</h4>
      <div className="picture-beside">
        <p className="picture-summary">{picture.summary}</p>
        {picture.months.length ? (
          <div className="picture">
            <StoryChart months={picture.months} />
          </div>
        ) : null}
      </div>
    </article>
  );
}

/** Each of the six qualities noted in these days, its words beside its picture. */
function QualityPictures({ picture }: { picture: RelationshipPicture }) {
  const w = useReadableWords();
  const word = useCoreWord();
  const { overview, qualities } = picture.qualities;
  const noted = qualities.filter((story) => story.noted > 0);
  const withYear = noted.some((q) => hasYears(q.months));
  if (!noted.length) return null;
  return (
    <>
      <h5>{w.qualitiesPicture(picture.name)}</h5>
      {overview ? <p>{overview}</p> : null}
      {noted.map((story) => (
        <div key={story.quality} className="picture-beside">
          <p className="picture-summary">
            <strong>{word(qualityNames[story.quality])}.</strong> {story.summary}
          </p>
          <div className="picture">
            <QualityChart
              story={{ ...story, months: story.months.slice(-monthsDrawn) }}
              withYear={withYear}
            />
          </div>
        </div>
      ))}
    </>
  );
}

function RelationshipPictureItem({ picture }: { picture: RelationshipPicture }) {
  const w = useReadableWords();
  return (
    <article className="session-picture" aria-label={w.relationshipPicture(picture.name)}>
      <h4>{w.relationshipPicture(picture.name)}</h4>
      <div className="picture-beside">
        <p className="picture-summary">{picture.summary}</p>
        {picture.months.length ? (
          <div className="picture">
            <RelationshipChart months={picture.months.slice(-monthsDrawn)} />
          </div>
        ) : null}
      </div>
      <QualityPictures picture={picture} />
    </article>
  );
}

/**
 * The screens' own pictures of each part and person on the page, over its days, each beside the
 * words that say the same. Drawn in shades and lines that hold in black and white on paper.
 */
export function SessionPictures({ pictures }: { pictures: readonly SessionPicture[] }) {
  const w = useReadableWords();
  if (!pictures.length) return null;
  return (
    <section className="session-pictures" aria-labelledby="session-pictures-heading">
      <h3 id="session-pictures-heading">{w.picturesTitle}</h3>
      <p className="quiet">{w.picturesIntro}</p>
      {pictures.map((picture) =>
        picture.kind === 'part' ? (
          <PartPictureItem key={picture.id} picture={picture} />
        ) : (
          <RelationshipPictureItem key={picture.id} picture={picture} />
        ),
      )}
    </section>
  );
}
