import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui as useI18n } from '@lingui/react';
import {
  afterwardsWords,
  lookingBack,
  lookingBackSpans,
  qualityNames,
  stances,
  stanceShortWords,
  type LookingBack,
  type LookingBackSpan,
} from '@tend/core';
import { useMemo, type ReactNode } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useLookingBackInput } from '../../state/use-looking-back.ts';
import { useVaultSession } from '../../state/vault-session.tsx';
import { Link } from '../../router/router.tsx';
import { CardList, cardLinkClass } from '../../ui/CardList.tsx';
import { Page } from '../../ui/Page.tsx';
import { SegmentedChoice } from '../../ui/SegmentedChoice.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';
import { sayUneven } from '../../i18n/sentences/looking-back.ts';
import { useChosenSpan } from './chosen-span.tsx';
import { Glimpse, type GlimpseShape } from './Glimpse.tsx';
import type { LookingBackView } from './LookingBackViews.tsx';
import './looking-back.css';

const spanWords = {
  month: msg`Month`,
  season: msg`Season`,
  year: msg`Year`,
  everything: msg`Everything`,
} as const satisfies Record<LookingBackSpan, MessageDescriptor>;

/** The span to look back over, the same on the overview and on every view. */
export function useLookingBack(): { view: LookingBack; spanChoice: ReactNode } {
  const { ports } = useApp();
  const input = useLookingBackInput();
  const [span, setSpan] = useChosenSpan();
  const view = useMemo(() => lookingBack(input, span, ports.clock.now()), [input, span, ports]);
  const { t } = useLingui();
  const { i18n } = useI18n();
  const words = {
    month: i18n._(spanWords.month),
    season: i18n._(spanWords.season),
    year: i18n._(spanWords.year),
    everything: i18n._(spanWords.everything),
  };
  const spanChoice = (
    <SegmentedChoice
      legend={t`Look back over`}
      options={lookingBackSpans}
      words={words}
      value={span}
      onValue={(value) => setSpan(value ?? 'season')}
      canClear={false}
    />
  );
  return { view, spanChoice };
}

/** One colour of a tile's picture, with its words and count beside it. */
interface TileKey {
  readonly className: string;
  readonly words: string;
  readonly count: number;
}

interface Tile {
  readonly which: LookingBackView;
  readonly title: string;
  /** A count, when there is one to tell; never a score. */
  readonly stat: number | null;
  readonly words: ReactNode;
  readonly glimpse?: GlimpseShape;
  /**
   * What each colour counts, in words: a tile with a key takes a whole row on a phone, so the key's
   * words have room.
   */
  readonly key?: readonly TileKey[];
}

const splitOf = (key: readonly TileKey[]): GlimpseShape => ({
  kind: 'split',
  parts: key.map((k) => ({ className: k.className, count: k.count })),
});

/** The key under a tile's picture: only the colours that are in it. */
function TileKeyWords({ keys }: { keys: readonly TileKey[] }) {
  const shown = keys.filter((k) => k.count);
  if (!shown.length) return null;
  return (
    <span className="tile-key">
      {shown.map((k) => (
        <span key={k.className} className="tile-key-item">
          <span className={`tile-swatch ${k.className}`} aria-hidden="true" />
          {k.words} <span className="tile-key-count">{k.count}</span>
        </span>
      ))}
    </span>
  );
}

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

function useTiles(view: LookingBack, isNoticingOn: boolean): Tile[] {
  const { t } = useLingui();
  const word = useCoreWord();
  const nothing = t`Nothing noted in this span.`;
  const stanceTotals = stances.map((stance) =>
    sum(view.parts.flatMap((p) => p.months.map((m) => m.stances[stance]))),
  );
  const newer = sum(view.patterns.flatMap((p) => p.months.map((m) => m.new)));
  const older = sum(view.patterns.flatMap((p) => p.months.map((m) => m.old)));
  const most = view.qualities.mostAndRarer?.most;
  const peopleKey = [
    {
      className: 'g-nourished',
      words: word(afterwardsWords['2']),
      count: sum(view.people.map((p) => p.nourished)),
    },
    {
      className: 'g-mixed',
      words: word(afterwardsWords['0']),
      count: sum(view.people.map((p) => p.inBetween)),
    },
    {
      className: 'g-depleted',
      words: word(afterwardsWords['-2']),
      count: sum(view.people.map((p) => p.depleted)),
    },
  ];
  const stanceKey = stances.map((stance, i) => ({
    className: `g-${stance}`,
    words: word(stanceShortWords[stance]),
    count: stanceTotals[i] ?? 0,
  }));
  const tiles: Tile[] = [
    {
      which: 'parts',
      title: t`Parts`,
      stat: view.parts.length || null,
      words: view.parts.length ? (
        <Plural value={view.parts.length} one="part you met" other="parts you met" />
      ) : (
        nothing
      ),
      glimpse: splitOf(stanceKey),
      key: stanceKey,
    },
    {
      which: 'patterns',
      title: t`Patterns`,
      stat: view.patterns.length || null,
      words: view.patterns.length ? (
        <Plural value={view.patterns.length} one="pattern with moments" other="patterns with moments" />
      ) : (
        nothing
      ),
      // Words only: a bar of new against old would read as a score to fill.
      key: [
        { className: 'g-new', words: t`new response`, count: newer },
        { className: 'g-old', words: t`old response`, count: older },
      ],
    },
    {
      which: 'kindness',
      title: t`Kindness`,
      stat: view.kindness.total || null,
      words: view.kindness.total ? (
        <Plural value={view.kindness.total} one="kindness moment" other="kindness moments" />
      ) : (
        nothing
      ),
      glimpse: { kind: 'bars', counts: view.kindness.months.map((m) => m.count) },
    },
    {
      which: 'people',
      title: t`People`,
      stat: view.people.length || null,
      words: view.people.length ? (
        <Plural
          value={view.people.length}
          one="person you checked in about"
          other="people you checked in about"
        />
      ) : (
        nothing
      ),
      glimpse: splitOf(peopleKey),
      key: peopleKey,
    },
    {
      which: 'qualities',
      title: t`The six qualities`,
      stat: null,
      words: most
        ? t`Felt most often: ${word(qualityNames[most])}`
        : view.qualities.qualities.some((q) => q.noted)
          ? t`Noted in your check-ins; each has its own picture inside.`
          : nothing,
    },
    {
      which: 'grief',
      title: t`Grief`,
      stat: view.griefs.length || null,
      words: view.griefs.length ? (
        <Plural
          value={view.griefs.length}
          one="grief you have been carrying"
          other="griefs you have been carrying"
        />
      ) : (
        t`No griefs begun yet.`
      ),
    },
    {
      which: 'pauses',
      title: t`Pauses`,
      stat: view.pauses.total || null,
      words: view.pauses.total ? <Plural value={view.pauses.total} one="pause" other="pauses" /> : nothing,
      glimpse: { kind: 'bars', counts: view.pauses.months.map((m) => m.count) },
    },
  ];
  if (isNoticingOn)
    tiles.push({
      which: 'self-talk',
      title: t`Self-talk`,
      stat: view.selfTalk.pieces || null,
      words: view.selfTalk.pieces ? (
        <Plural
          value={view.selfTalk.pieces}
          one="piece of writing where gentle noticing named it"
          other="pieces of writing where gentle noticing named it"
        />
      ) : (
        nothing
      ),
      glimpse: { kind: 'bars', counts: view.selfTalk.byPattern.map((c) => c.count) },
    });
  return tiles;
}

/**
 * At /looking-back: the span at a glance, a tile for each view with a count in words and a small
 * picture, each one tap from its view in full. Nothing here is a score.
 */
export function LookingBackScreen() {
  const { settings } = useVaultSession();
  const { view, spanChoice } = useLookingBack();
  const { t } = useLingui();
  const tiles = useTiles(view, settings.isNoticingOn);
  return (
    <Page title={t`Looking back`} className="looking-back">
      <p className="lead">
        <Trans>How things have moved. Nothing here is a score; every month counts as it was.</Trans>
      </p>
      {spanChoice}
      {view.uneven ? <p className="plain-note">{sayUneven(view)}</p> : null}
      <CardList className="looking-back-tiles" label={t`At a glance`}>
        {tiles.map((tile) => {
          const isWide = Boolean(tile.glimpse && tile.key?.some((k) => k.count));
          return (
            <li key={tile.which} className={isWide ? 'tile-wide' : undefined}>
              <Link to={`/looking-back/${tile.which}`} className={`${cardLinkClass} looking-back-tile`}>
                <span className="tile-title">{tile.title}</span>{' '}
                {tile.stat !== null ? <span className="tile-stat">{tile.stat}</span> : null}{' '}
                <span className={tile.stat !== null ? 'tile-words' : 'tile-words quiet'}>{tile.words}</span>
                {tile.glimpse ? <Glimpse shape={tile.glimpse} /> : null}
                {tile.key ? <TileKeyWords keys={tile.key} /> : null}
              </Link>
            </li>
          );
        })}
      </CardList>
    </Page>
  );
}
