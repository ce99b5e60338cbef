/** "a", "a and b", "a, b and c", leaving out empty pieces: how every sentence in Tend lists things. */
export function listOf(pieces: readonly string[]): string {
  const kept = pieces.filter(Boolean);
  const last = kept.pop() ?? '';
  return kept.length ? `${kept.join(', ')} and ${last}` : last;
}
