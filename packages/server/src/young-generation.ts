import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** V8's young generation (its new space) as it is now, in bytes. */
const newSpaceBytes = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

/**
 * Keeps V8's young generation under `maxBytes`. Under a steady load of requests V8 doubles it up to
 * 32 MB; its ceiling (`--max-semi-space-size`) can only be set on the command line, but the factor it
 * grows by can change at run time: it stays at V8's 2 while the young generation is under the cap and
 * is 1 (no growth) once it reaches it. Checked every `everyMs`; returns a function that stops it and
 * lets the young generation grow again.
 */
export function capYoungGeneration(maxBytes: number, everyMs = 100): () => void {
  let growing = true;
  const check = () => {
    const grow = newSpaceBytes() < maxBytes;
    if (grow === growing) return;
    growing = grow;
    setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
  };
  check();
  const timer = setInterval(check, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (!growing) setFlagsFromString('--semi-space-growth-factor=2');
  };
}
