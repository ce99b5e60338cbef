import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the lint configuration is plain JavaScript, shared with eslint.config.js.
import { notYetInCatalogues, wordFiles, wordsRules } from '../../../../tools/words-lint.js';

const repository = join(import.meta.dirname, '..', '..', '..', '..');

describe('words a person reads', () => {
  it('are all in the catalogues: no screen holds a hard-coded word', async () => {
    const eslint = new ESLint({ cwd: repository, overrideConfigFile: true, overrideConfig: wordsRules });
    const results = await eslint.lintFiles(wordFiles);
    const problems = results.flatMap((result) =>
      result.messages.map((m) => `${result.filePath.slice(repository.length + 1)}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('catches a word written straight into a screen', async () => {
    const eslint = new ESLint({ cwd: repository, overrideConfigFile: true, overrideConfig: wordsRules });
    const [result] = await eslint.lintText('export const Hello = () => <p>Take a breath</p>;', {
      filePath: join(repository, 'packages/web/src/screens/example/Example.tsx'),
    });
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['lingui/no-unlocalized-strings']);
  });

  it('leaves no folder out: every screen speaks through the catalogues', () => {
    expect(notYetInCatalogues as readonly string[]).toEqual([]);
  });
});
