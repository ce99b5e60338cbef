/** A first-come, first-served lock: SQLite and PGlite have one connection, so work on it takes turns. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves once the lock is held; call the returned function to release it. */
  async lock(): Promise<() => void> {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => held);
    await previous;
    return release;
  }
}
