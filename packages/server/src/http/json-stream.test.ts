import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.ts';
import { streamJson } from './json-stream.ts';

/** The answer's chunks as they were written out, and whether `done` ran. */
async function answer(items: readonly string[][]) {
  let finished = 0;
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    async function* each() {
      yield* items;
    }
    return streamJson(c, 'pull', 'records', each(), { cursor: 7, hasMore: false }, () => (finished += 1));
  });
  const response = await app.request('/');
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read())
    chunks.push(decoder.decode(read.value));
  return { chunks, finished };
}

describe('a streamed JSON answer', () => {
  it('is the JSON of its items, written in chunks of many small items rather than one chunk each', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, seq: i, body: 'x'.repeat(100) }));
    // Each item in fragments, as a record with its ciphertext in slices is given.
    const items = records.map((r) => {
      const text = JSON.stringify(r);
      return [text.slice(0, 10), text.slice(10)];
    });
    const { chunks, finished } = await answer(items);
    expect(JSON.parse(chunks.join(''))).toEqual({ records, cursor: 7, hasMore: false });
    expect(chunks.length).toBeLessThan(records.length / 100);
    // A chunk holds a bounded amount of text: a long answer still gives way between chunks.
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(80 * 1024);
    expect(finished).toBe(1);
  });

  it('answers an empty list, and a single item', async () => {
    expect(JSON.parse((await answer([])).chunks.join(''))).toEqual({
      records: [],
      cursor: 7,
      hasMore: false,
    });
    const one = await answer([['{"id":', '"a"}']]);
    expect(JSON.parse(one.chunks.join(''))).toEqual({ records: [{ id: 'a' }], cursor: 7, hasMore: false });
  });
});
