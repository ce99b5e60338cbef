import { describe, expect, it } from 'vitest';
import { makePattern, testPorts } from '../pauses/test-factories.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { checkPattern, isPattern } from './check-pattern.ts';
import { editPattern } from './edit-pattern.ts';
import { namePattern } from './name-pattern.ts';
import type { PatternDraft, PatternProblem } from './pattern.ts';

describe('checkPattern', () => {
  it.each<[string, PatternDraft, PatternProblem[]]>([
    ['only the when', { when: 'someone goes quiet on me' }, []],
    ['only what I am practising', { practising: 'asking what is going on' }, []],
    [
      'the whole loop',
      { when: 'I feel criticised', usually: 'I apologise for everything', practising: 'pausing first' },
      [],
    ],
    ['nothing at all', {}, ['pattern-empty']],
    ['only spaces', { when: '  ', usually: '\n' }, ['pattern-empty']],
    ['a long when', { when: 'x'.repeat(2_001) }, ['when-too-long']],
    ['a long usually', { when: 'a', usually: 'x'.repeat(2_001) }, ['usually-too-long']],
  ])('%s', (_, draft, problems) => {
    const result = namePattern(testPorts(), draft);
    expect(result.ok ? [] : result.problems).toEqual(problems);
    if (result.ok) expect(checkPattern(result.pattern.fields)).toEqual([]);
  });
});

describe('patterns', () => {
  it('rewords a pattern and keeps its id, so tagged moments stay tagged', () => {
    const ports = testPorts();
    const pattern = makePattern(ports, { when: 'plans change', usually: 'I freeze' });
    ports.tick(1000);
    const edited = editPattern(ports, pattern, { practising: 'naming what I feel' });
    expect(edited.ok && edited.pattern.id).toBe(pattern.id);
    expect(edited.ok && edited.pattern.fields).toEqual({
      when: 'plans change',
      usually: 'I freeze',
      practising: 'naming what I feel',
    });
    expect(editPattern(ports, pattern, { when: '', usually: '' })).toEqual({
      ok: false,
      problems: ['pattern-empty'],
    });
  });

  it('recognises a pattern read back from the vault, and nothing else', () => {
    const pattern = makePattern(testPorts());
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(pattern)));
    expect(readBack && isPattern(readBack)).toBe(true);
    expect(isPattern({ ...pattern, kind: 'pause' })).toBe(false);
    expect(isPattern({ ...pattern, fields: { when: 'x' } })).toBe(false);
  });
});
