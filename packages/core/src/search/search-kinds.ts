/** Every kind a search finds, in the order its groups are shown. */
export const searchKinds = [
  'part',
  'meeting',
  'grief',
  'pause',
  'pattern',
  'relationship',
  'check-in',
  'resource',
  'journal',
  'kindness',
] as const;
export type SearchKind = (typeof searchKinds)[number];
