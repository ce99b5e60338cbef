import { createElement, lazy, useState, type ComponentType, type FunctionComponent } from 'react';

/** A component in a chunk of its own, loaded on its first render or earlier through preload(). */
export interface LazyScreen<Props extends object> extends FunctionComponent<Props> {
  /** Loads the chunk; a failure is reported to the caller and the next call tries again. */
  preload(): Promise<void>;
}

/**
 * A screen loaded on first need, so the first load stays small. Unlike React.lazy alone, a screen
 * loaded ahead (preload) shows at once: React.lazy shows its placeholder first even for a chunk that
 * is already here, and then holds it for a moment, while a keyboard can reach nothing but the top bar.
 * Which of the two a mounted screen uses is settled when it mounts, so a load finishing later never
 * swaps the component under it (which would drop what the person typed).
 */
export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyScreen<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;

  const fetchOnce = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(async () => ({ default: await fetchOnce() }));

  function Screen(props: Props) {
    const [Shown] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return createElement(Shown, props);
  }
  return Object.assign(Screen, {
    async preload() {
      await fetchOnce();
    },
  });
}
