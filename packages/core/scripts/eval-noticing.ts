// Scores the gentle-noticing engine and times it: the project's labelled set, the blind batches with
// their first scores, and the external development data when it is there (read at run time, never
// copied). Run with `npm run eval:noticing`; exits non-zero when a bar is missed (see the eval README).
// Prints only the project's own sentences and counts, never a row of the external data.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { blindBatches } from '../src/noticing/eval/blind-batches.ts';
import { crisisWordNeutralSet } from '../src/noticing/eval/blind-2026-12-06.ts';
import { patternsNoticed } from '../src/noticing/eval/engine-view.ts';
import { describeBatchScore, scoreBatch } from '../src/noticing/eval/score-batch.ts';
import { evalSet } from '../src/noticing/eval-set.ts';
import { hasCrisisLanguage } from '../src/noticing/notice-text.ts';
import { sampleEntry, sampleSentence } from '../src/noticing/sample-entry.ts';
import { noticingBars, scoreNoticing, unmetBars } from '../src/noticing/score-noticing.ts';
import { speedBars, timeNoticing } from '../src/noticing/time-noticing.ts';
import { noticingDevDir, scoreNoticingDevFolder } from './noticing-dev-files.ts';
import { noticingDevReport } from './noticing-dev-report.ts';

const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const fixed = (value: number): string => value.toFixed(3);

/** The project's own labelled set: per pattern, and the sentences it gets wrong. */
function ownSet(): string[] {
  const score = scoreNoticing(evalSet);
  say(`Gentle noticing on ${evalSet.length} labelled sentences`);
  say();
  say(`${'pattern'.padEnd(22)}${'n'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}`);
  for (const each of score.patterns) {
    const [n, precision, recall] = [String(each.expected), fixed(each.precision), fixed(each.recall)];
    say(`${each.pattern.padEnd(22)}${n.padStart(5)}${precision.padStart(11)}${recall.padStart(9)}`);
  }
  const neutral = evalSet.filter((s) => s.expected === 'none').length;
  say();
  say(`crisis recall            ${fixed(score.crisisRecall)}  (bar ≥ ${noticingBars.crisisRecall})`);
  say(
    `neutral false-flag rate  ${fixed(score.neutralFalseFlagRate)}  (bar ≤ ${noticingBars.neutralFalseFlagRate}, ${neutral} neutral sentences)`,
  );
  say(`other patterns           precision ≥ ${noticingBars.precision}, recall ≥ ${noticingBars.recall}`);
  if (score.misses.length > 0) {
    say();
    say('Sentences the engine got wrong:');
    for (const miss of score.misses)
      say(`  expected ${miss.expected}, got ${miss.got.join(', ') || 'nothing'}: ${miss.text}`);
  }
  return unmetBars(score);
}

/** The CPU time this process has used, in milliseconds: the engine's own cost, whatever else runs. */
const cpuNow = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1_000;
};

/**
 * The sentence being typed and a whole entry, timed here and in `npm run bench`: by the wall clock and
 * by the CPU time the engine takes. On a machine shared with other work the wall clock mostly counts
 * the wait for a core (the load average is printed beside it), so the bars are held on CPU time.
 */
function speed(): string[] {
  const words = sampleEntry.split(/\s+/u).length;
  const wall = () => performance.now();
  const sentence = timeNoticing(sampleSentence, 2_000, cpuNow);
  const entry = timeNoticing(sampleEntry, 300, cpuNow);
  const sentenceWall = timeNoticing(sampleSentence, 2_000, wall);
  const entryWall = timeNoticing(sampleEntry, 300, wall);
  const load = loadavg()
    .map((each) => each.toFixed(1))
    .join(', ');
  say();
  say(
    `speed (CPU time): the sentence being typed, median ${fixed(sentence.median)} ms, p95 ${fixed(sentence.p95)} ms (bar ≤ ${speedBars.sentenceMs} ms)`,
  );
  say(
    `                  a ${words}-word entry, median ${entry.median.toFixed(2)} ms, p95 ${entry.p95.toFixed(2)} ms (bar ≤ ${speedBars.entryMs} ms)`,
  );
  say(
    `  wall clock, load average ${load}: sentence median ${fixed(sentenceWall.median)} ms (p95 ${fixed(sentenceWall.p95)}), entry median ${entryWall.median.toFixed(2)} ms (p95 ${entryWall.p95.toFixed(2)})`,
  );
  return [
    ...(sentence.median > speedBars.sentenceMs ? ['speed of a sentence'] : []),
    ...(entry.median > speedBars.entryMs ? ['speed of an entry'] : []),
  ];
}

/** Each blind batch's first score beside today's, and the neutral idiom set. */
function blind(): string[] {
  say();
  say('Blind batches (first score: scored once, before any rule saw the batch)');
  for (const batch of blindBatches) {
    say(`  ${batch.name}, ${batch.sentences.length} sentences`);
    say(`    first: ${batch.firstScore ? describeBatchScore(batch.firstScore) : 'not yet recorded'}`);
    say(`    now:   ${describeBatchScore(scoreBatch(batch.sentences, patternsNoticed))}`);
  }
  const flags = crisisWordNeutralSet.filter((text) => hasCrisisLanguage(text)).length;
  say(`  neutral idiom set: ${flags} of ${crisisWordNeutralSet.length} flagged as crisis (bar ≤ 1)`);
  return flags > 1 ? ['neutral idiom set'] : [];
}

/** The external development data; a missed crisis bar fails the run. */
function external(): string[] {
  say();
  say('External development data (written and labelled by other people; never copied here)');
  const started = performance.now();
  const score = scoreNoticingDevFolder();
  if (score === undefined) {
    say(`  skipped: no data at ${noticingDevDir}`);
    return [];
  }
  const report = noticingDevReport(score);
  for (const line of report.lines) say(line);
  say(`  scored in ${Math.round(performance.now() - started)} ms`);
  return report.crisisUnmet;
}

const unmet = [...ownSet(), ...speed(), ...blind(), ...external()];
say();
say(unmet.length === 0 ? 'Every bar is met.' : `Bars not met: ${unmet.join(', ')}.`);
process.exitCode = unmet.length === 0 ? 0 : 1;
