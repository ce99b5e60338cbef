import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVault } from '../generate/generate-vault.ts';
import { localDate } from '../journal/journal-entry.ts';
import { writeJournalEntry } from '../journal/write-journal-entry.ts';
import { recordKindness } from '../kindness/record-kindness.ts';
import { forbiddenInSharedWords, hostileText, memoryVault, testPorts } from '../practice/test-factories.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { isReadableKind } from './readable-document.ts';
import { readableWords } from './readable-words.ts';
import { sessionMarkdown, sessionPage, sessionKinds, type SessionChoice } from './session-page.ts';
import { linkTo, vaultMarkdownFiles } from './vault-markdown-files.ts';

const ports = testPorts();
function entry(date: string, title: string, body: string): VaultObject {
  const result = writeJournalEntry(ports, { date, title, body });
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
}
const choice = (more: Partial<SessionChoice> = {}): SessionChoice => ({
  from: '2026-03-01',
  to: '2026-03-31',
  kinds: sessionKinds,
  ids: [],
  leftOut: [],
  withLists: true,
  ...more,
});

describe('the page for a session', () => {
  const early = entry('2026-02-27', 'Before', 'Not in the span.');
  const first = entry('2026-03-02', 'The harbour', 'I stayed with the tired part.');
  const second = entry('2026-03-20', hostileText, `Line one\n${hostileText}`);
  const objects = [second, early, first];
  const vault = memoryVault(objects);

  it('holds the items of the span in their own words, oldest first, with a private header', () => {
    const page = sessionPage(objects, vault.get, choice(), '2026-04-01', localDate);
    expect(page.documents.map((d) => d.id)).toEqual([first.id, second.id]);
    const markdown = sessionMarkdown(page);
    expect(
      markdown.startsWith(
        '# For my session\n\nPrivate · 1 March 2026 to 31 March 2026\n\nMade on 1 April 2026, on this device.',
      ),
    ).toBe(true);
    expect(markdown).toContain(
      '## The harbour\n\n*2 March 2026*\n\n**Entry**\n\nI stayed with the tired part.',
    );
    // HTML the person wrote is shown as text by any Markdown viewer, and nothing else changes.
    expect(markdown).not.toMatch(/(^|[^\\])<script>/);
    expect(markdown).toContain('\\<script>alert("x")\\</script>');
  });

  it('takes items chosen one by one and leaves out those taken out', () => {
    const page = sessionPage(
      objects,
      vault.get,
      choice({ ids: [early.id], leftOut: [second.id] }),
      '',
      localDate,
    );
    expect(page.documents.map((d) => d.id)).toEqual([early.id, first.id]);
    const none = sessionPage(objects, vault.get, choice({ kinds: [] }), '', localDate);
    expect(sessionMarkdown(none)).toContain(readableWords.nothingChosen);
  });

  it('speaks in the screens’ words, adding none that CARE.md rules out', () => {
    const all = generateVault({ years: 1, seed: 3 });
    const page = sessionPage(all, memoryVault(all).get, choice({ from: null, to: null }), '', localDate);
    expect(page.documents.length).toBeGreaterThan(100);
    const own = sessionMarkdown(page)
      .split('\n')
      .filter((line) => line.startsWith('#') || line.startsWith('**'));
    for (const pattern of forbiddenInSharedWords) expect(own.filter((l) => pattern.test(l))).toEqual([]);
  });
});

describe('the whole vault as Markdown files', () => {
  it('writes one file per item of the person’s own kinds, in folders by kind, with an index', () => {
    const all = generateVault({ years: 1, seed: 5 });
    const files = vaultMarkdownFiles(all, memoryVault(all).get, '2026-11-01', localDate);
    const readable = all.filter((o) => isReadableKind(o.kind));
    expect(files).toHaveLength(readable.length + 1);
    expect(files[0]?.path).toBe('index.md');
    expect(new Set(files.map((f) => f.path.toLowerCase())).size).toBe(files.length);
    const folders = new Set(files.slice(1).map((f) => f.path.split('/')[0]));
    expect([...folders].sort()).toEqual(
      [...new Set(readable.map((o) => readableWords.folder[o.kind]))].sort() as string[],
    );
    const linked = new Set(Array.from((files[0]?.text ?? '').matchAll(/\]\(([^()\s]+)\)$/gm), (m) => m[1]));
    expect(files.slice(1).filter((f) => !linked.has(linkTo(f.path)))).toEqual([]);
  });

  it('keeps a long entry whole, and a kindness moment in words', () => {
    const long = entry('2026-01-01', 'Long', 'word '.repeat(30_000));
    const kind = recordKindness(ports, { what: 'drank-water' });
    if (!kind.ok) throw new Error('kindness');
    const files = vaultMarkdownFiles([long, kind.moment], memoryVault([]).get, '', localDate);
    expect(files.find((f) => f.path.startsWith('Journal/'))?.text.length).toBeGreaterThan(150_000);
    expect(files.find((f) => f.path.startsWith('Kindness moments/'))?.text).toContain('# Drank water');
  });

  it('names every file safely and once, whatever the titles', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 20 }), (titles) => {
        const objects = titles.map((title, n) => entry('2026-05-05', title, `body ${n}`));
        const files = vaultMarkdownFiles(objects, memoryVault(objects).get, '', localDate);
        const paths = files.map((f) => f.path);
        expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
        for (const path of paths.slice(1)) {
          const name = path.slice('Journal/'.length);
          expect(
            Array.from(name).filter((c) => c.charCodeAt(0) < 0x20 || `\\/:*?"<>|#%`.includes(c)),
          ).toEqual([]);
          expect(Array.from(name).length).toBeLessThanOrEqual(60 + 11 + 8);
        }
      }),
      { numRuns: 60 },
    );
  });
});
