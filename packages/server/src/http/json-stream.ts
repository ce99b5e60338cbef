import type { ReadableStreamDefaultController, UnderlyingSource } from 'node:stream/web';
import { apiRoutes, type ResponseOf, type RouteWithBody } from '@tend/contract';
import type { StreamedPage } from '../paging/streamed-page.ts';
import type { AppContextHono } from './app-env.ts';
import { sendJsonText } from './json-response.ts';

/** A reader that takes nothing for this long loses its answer (and gives back the account's turn). */
const idleLimitMs = 60_000;

/**
 * The text gathered into one chunk before it is written out: a chunk per record (thousands to a page)
 * cost the stream more than the records, while this much JSON is made in well under a millisecond.
 */
const chunkChars = 64 * 1024;

type Controller = ReadableStreamDefaultController<Uint8Array>;

/** Calls `expire` once no `touch` has come for the limit; `stop` ends the watch. */
function idleWatch(expire: (controller: Controller) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    touch(controller: Controller) {
      clearTimeout(timer);
      timer = setTimeout(() => expire(controller), idleLimitMs);
      timer.unref();
    },
    stop: () => clearTimeout(timer),
  };
}

/**
 * A page with at most this much ciphertext is answered whole: its JSON text stays well under the
 * size V8 keeps in large-object space, and it costs one write instead of a stream's turns and chunks.
 */
export const wholeAnswerBytes = 64 * 1024;

/**
 * The source of `{"<key>":[item, item, ...],<rest>}`: one item per pull, each given as the fragments
 * of its JSON text. `done` runs once, when the stream ends, fails, is cancelled or is left unread.
 */
function jsonSource(
  key: string,
  items: AsyncIterable<Iterable<string>>,
  rest: Readonly<Record<string, unknown>>,
  done: () => void,
): UnderlyingSource<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = items[Symbol.asyncIterator]();
  let first = true;
  let finished = false;
  const finish = () => {
    watch.stop();
    if (!finished) done();
    finished = true;
  };
  const watch = idleWatch((controller) => {
    controller.error(new Error('the reader took nothing for a minute'));
    finish();
    void iterator.return?.();
  });
  return {
    start(controller) {
      controller.enqueue(encoder.encode(`{${JSON.stringify(key)}:[`));
      watch.touch(controller);
    },
    async pull(controller) {
      watch.touch(controller);
      try {
        // One chunk per turn of the event loop: whatever else is waiting (a health check, another
        // person's request) runs between two chunks of a long answer.
        await new Promise((resolve) => setImmediate(resolve));
        const parts: string[] = [];
        let size = 0;
        while (size < chunkChars) {
          const next = await iterator.next();
          if (next.done) {
            const tail = JSON.stringify(rest).slice(1);
            parts.push(tail === '}' ? ']}' : `],${tail}`);
            controller.enqueue(encoder.encode(parts.join('')));
            controller.close();
            return finish();
          }
          if (!first) parts.push(',');
          for (const fragment of next.value) {
            parts.push(fragment);
            size += fragment.length;
          }
          first = false;
        }
        controller.enqueue(encoder.encode(parts.join('')));
      } catch (error) {
        controller.error(error);
        finish();
      }
    },
    async cancel() {
      finish();
      await iterator.return?.();
    },
  };
}

/**
 * A JSON object answered as a stream: `{"<key>":[item, item, ...],<rest>}`, each item sent as it
 * comes, so a page of megabytes is never one string in memory nor one long stop of the event loop.
 * `done` runs once, when the stream ends, fails, is cancelled by the client or is left unread for a
 * minute. A HEAD request gets the headers alone (the framework would drop the body unread).
 */
export function streamJson<R extends RouteWithBody, K extends keyof ResponseOf<R> & string>(
  c: AppContextHono,
  route: R,
  key: K,
  items: AsyncIterable<Iterable<string>>,
  rest: Omit<ResponseOf<R>, K>,
  done: () => void,
): Response {
  const { status } = apiRoutes[route];
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  if (c.req.method === 'HEAD') {
    done();
    return c.body(null, status, headers);
  }
  return c.body(new ReadableStream(jsonSource(key, items, rest, done)), status, headers);
}

/** The text `streamJson` would send, made at once. */
async function wholeJson(
  key: string,
  items: AsyncIterable<Iterable<string>>,
  rest: Readonly<Record<string, unknown>>,
): Promise<string> {
  const parts = [`{${JSON.stringify(key)}:[`];
  let first = true;
  for await (const fragments of items) {
    if (!first) parts.push(',');
    parts.push(...fragments);
    first = false;
  }
  const tail = JSON.stringify(rest).slice(1);
  parts.push(tail === '}' ? ']}' : `],${tail}`);
  return parts.join('');
}

/**
 * A page of records as `{"<key>":[...],<rest>}`: a small one (most syncs: a few changes)
 * made whole and sent with its length, a larger one streamed by `streamJson`. `done` runs once, when
 * the answer has been made or the stream ends.
 */
export async function answerPage<R extends RouteWithBody, K extends keyof ResponseOf<R> & string>(
  c: AppContextHono,
  route: R,
  key: K,
  page: Pick<StreamedPage, 'bytes' | 'records'>,
  rest: Omit<ResponseOf<R>, K>,
  done: () => void,
): Promise<Response> {
  if (c.req.method === 'HEAD' || page.bytes > wholeAnswerBytes)
    return streamJson(c, route, key, page.records, rest, done);
  try {
    return sendJsonText(c, apiRoutes[route].status, await wholeJson(key, page.records, rest));
  } finally {
    done();
  }
}
