import { describe, expect, it } from 'vitest';
import { evalSet } from '../eval-set.ts';
import { crisisRules } from '../rules/crisis-rules.ts';
import { innerCriticRules } from '../rules/inner-critic-rules.ts';
import { outlookRules } from '../rules/outlook-rules.ts';
import { shouldRules } from '../rules/should-rules.ts';
import { splitSentences } from '../split-sentences.ts';
import { edgeWordsOf } from './rule-edges.ts';
import { readSentence } from './read-sentence.ts';

const sorted = (words: ReadonlySet<string> | undefined): string[] | undefined => words && [...words].sort();

describe('the words a rule can begin and end with', () => {
  it('lists the spellings of a first and a last word through groups and optional parts', () => {
    const edges = edgeWordsOf(/\b(?:(?:i|we) (?:really )?(?:want|wanted) to (?:die|disappear)s?)\b/g);
    expect(sorted(edges.first)).toEqual(['i', 'we']);
    expect(sorted(edges.last)).toEqual(['die', 'dies', 'disappear', 'disappears']);
  });

  it('passes over lookarounds, which consume nothing', () => {
    const edges = edgeWordsOf(/\b(?:(?!never)(?:give|gave) up(?! on))\b/g);
    expect(sorted(edges.first)).toEqual(['gave', 'give']);
    expect(sorted(edges.last)).toEqual(['up']);
  });

  it('lists nothing when a word can be spelt too many ways or can start with a mark', () => {
    expect(edgeWordsOf(/\b(?:[a-z]+ly sad)\b/g).first).toBeUndefined();
    expect(edgeWordsOf(/\b(?:[a-z]+ly sad)\b/g).last).toEqual(new Set(['sad']));
    expect(edgeWordsOf(/\b(?:so(?:o)* sad)\b/g).first).toBeUndefined();
    expect(edgeWordsOf(/\b(?:, and)\b/g).first).toBeUndefined();
    expect(edgeWordsOf(/(?:sad)/g).first).toBeUndefined();
  });

  it('never hides a match: on every sentence of the labelled set, a rule that matches holds its words', () => {
    const rules = [...crisisRules, ...shouldRules, ...innerCriticRules, ...outlookRules];
    const edges = rules.map((rule) => edgeWordsOf(rule.regex));
    const holds = (words: ReadonlySet<string> | undefined, seen: ReadonlySet<string>): boolean =>
      words === undefined || [...words].some((word) => seen.has(word));
    const hidden: string[] = [];
    for (const { text } of evalSet)
      for (const span of splitSentences(text)) {
        const { plain } = readSentence(text.slice(span.start, span.end));
        const seen = new Set(plain.split(/[^A-Za-z0-9_]+/u));
        rules.forEach((rule, at) => {
          rule.regex.lastIndex = 0;
          const match = rule.regex.exec(plain);
          const edge = edges[at];
          if (match && edge && !(holds(edge.first, seen) && holds(edge.last, seen)))
            hidden.push(`${rule.regex.source.slice(0, 60)} on "${plain}"`);
        });
      }
    expect(hidden).toEqual([]);
    // The index is worth having only if it lists most rules.
    expect(edges.filter((edge) => edge.first ?? edge.last).length).toBeGreaterThan(rules.length * 0.9);
  });
});
