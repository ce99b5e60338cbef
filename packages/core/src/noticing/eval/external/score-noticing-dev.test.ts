import { describe, expect, it } from 'vitest';
import type { NoticingPattern } from '../../noticing-types.ts';
import { floorPatterns } from './keyword-floors.ts';
import { unmetCrisisBars, unmetPatternBars } from './noticing-dev-bars.ts';
import { parseNoticingDev } from './parse-noticing-dev.ts';
import { scoreNoticingDev } from './score-noticing-dev.ts';

// Made-up rows in the shape of the external files (never rows of the data itself).
const mapping = JSON.stringify({
  map: {
    'should statements': ['should_statements'],
    labeling: ['labelling_self_criticism'],
    'core_fine:i am a failure, loser': ['labelling_self_criticism'],
    'core_major:helpless': ['helplessness_narrative'],
  },
  canonical_spelling: {},
});
const lines = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).join('\n');
const users = lines([
  { level: 'Supportive', at_risk: false, text: 'If you feel this way, please reach out.' },
  { level: 'Supportive', at_risk: false, text: 'Suicide is an awful thing, I want to die thinking of it.' },
  { level: 'Ideation', at_risk: true, text: 'Another long day. I want to die.' },
  { level: 'Attempt', at_risk: true, text: 'I am so tired.' },
]);
const thoughts = lines([
  { text: 'I should be better.', labels: ['should statements'], label_space: 'cbtbench_distortions_10' },
  {
    text: 'I am a loser.',
    labels: ['core_fine:I am a failure, loser'],
    label_space: 'cbtbench_core_fine_19',
  },
  { text: 'The sky is grey.', labels: [], label_space: 'cbtbench_distortions_10' },
  { text: 'Nothing here.', labels: [], label_space: 'cbtbench_core_major_3' },
]);
const data = parseNoticingDev({ users, thoughts, mapping });

/** A stand-in engine: crisis when "want to die", "should" when "should". */
const engine = {
  hasCrisis: (text: string) => text.includes('want to die'),
  patternsOf: (text: string) => new Set<NoticingPattern>(text.includes('should') ? ['should'] : []),
};

describe('parseNoticingDev', () => {
  it('maps the labels onto Tend names and reads which label sets were annotated', () => {
    expect(data.users.map((user) => [user.level, user.isAtRisk])).toEqual([
      ['Supportive', false],
      ['Supportive', false],
      ['Ideation', true],
      ['Attempt', true],
    ]);
    expect([...(data.thoughts[1]?.labels ?? [])]).toEqual(['labelling_self_criticism']);
    expect([...(data.thoughts[0]?.labelSets ?? [])]).toEqual(['cbtbench_distortions_10']);
    expect([...(data.setsOfLabel.get('labelling_self_criticism') ?? [])].sort()).toEqual([
      'cbtbench_core_fine_19',
      'cbtbench_distortions_10',
    ]);
  });

  it('refuses a row it cannot read', () => {
    expect(() => parseNoticingDev({ users: '{"level":"Unknown"}', thoughts: '', mapping })).toThrow();
  });
});

describe('scoreNoticingDev', () => {
  const score = scoreNoticingDev(data, engine, floorPatterns);

  it('flags a person when any sentence is flagged, and reports recall and shares by level', () => {
    expect(score.atRiskUsers).toBe(2);
    expect(score.atRiskRecall).toBe(0.5);
    expect(score.levels.find((each) => each.level === 'Supportive')).toEqual({
      level: 'Supportive',
      users: 2,
      flagged: 1,
    });
    expect(unmetCrisisBars(score)).toEqual([
      'crisis recall on at-risk users',
      'share of Supportive users flagged',
    ]);
  });

  it('counts a thought for a pattern only where a label set that could say so was annotated', () => {
    const should = score.patterns.find((each) => each.pattern === 'should');
    expect([should?.positives, should?.negatives]).toEqual([1, 1]);
    expect(should?.engine).toEqual({ precision: 1, recall: 1, f1: 1 });
    const labelling = score.patterns.find((each) => each.pattern === 'labelling');
    expect([labelling?.positives, labelling?.negatives]).toEqual([1, 2]);
    expect(unmetPatternBars(score)).toContain('labelling recall');
  });
});
