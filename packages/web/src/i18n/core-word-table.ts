/**
 * One of core's word tables (a word for each kind, state or choice) with every word in the language
 * Tend speaks, through `coreWord` or `useCoreWord`'s function: for controls that take a whole table.
 */
export function inWords<T extends string>(
  table: Readonly<Record<T, string>>,
  word: (english: string) => string,
): Record<T, string> {
  const words = {} as Record<T, string>;
  for (const key of Object.keys(table) as T[]) words[key] = word(table[key]);
  return words;
}
