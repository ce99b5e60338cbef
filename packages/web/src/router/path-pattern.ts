/**
 * The named pieces of a path pattern, as a type: '/parts/:id/edit' gives `{ readonly id: string }`, a
 * pattern without a name gives nothing to add.
 */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { readonly [K in Name]: string } & PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { readonly [K in Name]: string }
    : Readonly<Record<never, never>>;

export interface PathPattern<P extends string> {
  readonly pattern: P;
  readonly hasParams: boolean;
  /** The pattern's named pieces read from a path, or null when the path is not of this pattern. */
  match(path: string): PathParams<P> | null;
  /** The path with these values in the named pieces (a missing one leaves its piece empty). */
  build(values: Readonly<Record<string, string>>): string;
}

/** What a named piece may hold: ids are UUIDs, so letters, digits and dashes, never markup or slashes. */
const paramValue = /^[0-9a-zA-Z-]{1,64}$/;

/** Reads a pattern such as '/people/:id/check-in' once, for matching paths and building them. */
export function pathPattern<const P extends string>(pattern: P): PathPattern<P> {
  const pieces = pattern.split('/');
  return {
    pattern,
    hasParams: pieces.some((piece) => piece.startsWith(':')),
    match(path) {
      const parts = path.split('/');
      if (parts.length !== pieces.length) return null;
      const params: Record<string, string> = {};
      for (const [i, piece] of pieces.entries()) {
        const part = parts[i] ?? '';
        if (piece.startsWith(':')) {
          if (!paramValue.test(part)) return null;
          params[piece.slice(1)] = part;
        } else if (piece !== part) return null;
      }
      // The loop above has read exactly the pattern's names, which is what PathParams<P> spells out.
      return params as PathParams<P>;
    },
    build(values) {
      return pieces
        .map((piece) => (piece.startsWith(':') ? encodeURIComponent(values[piece.slice(1)] ?? '') : piece))
        .join('/');
    },
  };
}
