// Scores the gentle-noticing engine on its labelled set and times it; exits non-zero below the bars.
// Run with `npm run eval:noticing`. Prints only the set's own sentences, never anything a person wrote.
import { performance } from 'node:perf_hooks';
import { evalSet } from '../src/noticing/eval-set.ts';
import { sampleEntry } from '../src/noticing/sample-entry.ts';
import { noticingBars, scoreNoticing, unmetBars } from '../src/noticing/score-noticing.ts';
import { timeNoticing } from '../src/noticing/time-noticing.ts';
import { noticeText, hasCrisisLanguage } from '../src/noticing/notice-text.ts';
import { parseNoticingDev } from '../src/noticing/eval/external/parse-noticing-dev.ts';
import { scoreNoticingDev } from '../src/noticing/eval/external/score-noticing-dev.ts';
import { floorPatterns } from '../src/noticing/eval/external/keyword-floors.ts';
import { blindBatches } from '../src/noticing/eval/blind-batches.ts';
import { describeBatchScore, scoreBatch } from '../src/noticing/eval/score-batch.ts';
import { crisisWordNeutralSet } from '../src/noticing/eval/blind-2026-12-06.ts';
import { noticingDevDir, readNoticingDevFiles } from './noticing-dev-files.ts';
import { noticingDevReport } from './noticing-dev-report.ts';

const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const fixed = (value: number): string => value.toFixed(3);

const score = scoreNoticing(evalSet);
say(`Gentle noticing on ${evalSet.length} labelled sentences`);
say();
say(`${'pattern'.padEnd(22)}${'n'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}`);
for (const each of score.patterns) {
  say(
    `${each.pattern.padEnd(22)}${String(each.expected).padStart(5)}${fixed(each.precision).padStart(11)}${fixed(each.recall).padStart(9)}`,
  );
}
say();
say(`crisis recall            ${fixed(score.crisisRecall)}  (bar ≥ ${noticingBars.crisisRecall})`);
say(
  `neutral false-flag rate  ${fixed(score.neutralFalseFlagRate)}  (bar ≤ ${noticingBars.neutralFalseFlagRate}, ` +
    `${evalSet.filter((s) => s.expected === 'none').length} neutral sentences)`,
);
say(`other patterns           precision ≥ ${noticingBars.precision}, recall ≥ ${noticingBars.recall}`);

const words = sampleEntry.split(/\s+/u).length;
const median = timeNoticing(sampleEntry, 500, () => performance.now());
say(`timing                   median ${median.toFixed(3)} ms on a ${words}-word entry (bar ≤ 1 ms)`);

if (score.misses.length > 0) {
  say();
  say('Sentences the engine got wrong:');
  for (const miss of score.misses)
    say(`  expected ${miss.expected}, got ${miss.got.join(', ') || 'nothing'}: ${miss.text}`);
}

const unmet = unmetBars(score);
if (median > 1) unmet.push('timing');

const patternsOf = (text: string) => new Set(noticeText(text).map((n) => n.pattern));
say();
say('Blind batches (first score: scored once, before any rule saw the batch)');
for (const batch of blindBatches) {
  say(`  ${batch.name}, ${batch.sentences.length} sentences`);
  say(`    first: ${batch.firstScore ? describeBatchScore(batch.firstScore) : 'not yet recorded'}`);
  say(`    now:   ${describeBatchScore(scoreBatch(batch.sentences, patternsOf))}`);
}
const idiomFlags = crisisWordNeutralSet.filter((text) => hasCrisisLanguage(text)).length;
say(`  neutral idiom set: ${idiomFlags} of ${crisisWordNeutralSet.length} flagged as crisis (bar ≤ 1)`);
if (idiomFlags > 1) unmet.push('neutral idiom set');

say();
say('External development data (written and labelled by other people; never copied here)');
const files = readNoticingDevFiles();
if (files === undefined) {
  say(`  skipped: no data at ${noticingDevDir}`);
} else {
  const started = performance.now();
  const dev = scoreNoticingDev(
    parseNoticingDev(files),
    { hasCrisis: hasCrisisLanguage, patternsOf },
    floorPatterns,
  );
  const report = noticingDevReport(dev);
  for (const line of report.lines) say(line);
  say(`  scored in ${Math.round(performance.now() - started)} ms`);
  unmet.push(...report.crisisUnmet);
}
say();
say(unmet.length === 0 ? 'Every bar is met.' : `Bars not met: ${unmet.join(', ')}.`);
process.exitCode = unmet.length === 0 ? 0 : 1;
