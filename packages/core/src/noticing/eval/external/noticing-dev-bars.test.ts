import { beforeAll, describe, expect, it } from 'vitest';
import {
  noticingDevDir,
  readNoticingDevFiles,
  scoreNoticingDevFolder,
} from '../../../../scripts/noticing-dev-files.ts';
import { noticingDevBars, shareFlagged } from './noticing-dev-bars.ts';
import type { NoticingDevScore } from './score-noticing-dev.ts';

// Crisis bars on text written and labelled by other people, read at run time from outside the
// repository. Scored once for the whole file (a few seconds at most on a busy machine).
const isPresent = readNoticingDevFiles() !== undefined;

describe.runIf(isPresent)('crisis language on the external development data', () => {
  let score: NoticingDevScore | undefined;
  beforeAll(() => {
    score = scoreNoticingDevFolder();
  }, 120_000);

  it(`flags at most ${noticingDevBars.supportiveFlagged * 100} % of Supportive users (who write about suicide to help others)`, () => {
    expect(score && shareFlagged(score, 'Supportive')).toBeLessThanOrEqual(noticingDevBars.supportiveFlagged);
  });

  it('keeps the recall on at-risk users it has reached (0.75), as a floor against regressions', () => {
    expect(score?.atRiskRecall).toBeGreaterThanOrEqual(0.75);
  });

  // Not met yet: most at-risk users the engine misses never write a first-person crisis sentence
  // (see eval/README.md). This turns red the day the bar is met: then make it a plain `it`.
  it.fails(`recalls at least ${noticingDevBars.atRiskRecall} of at-risk users (not yet met)`, () => {
    expect(score?.atRiskRecall).toBeGreaterThanOrEqual(noticingDevBars.atRiskRecall);
  });
});

describe.skipIf(isPresent)('crisis language on the external development data', () => {
  it.skip(`is not checked: no external data at ${noticingDevDir}`, () => undefined);
});
