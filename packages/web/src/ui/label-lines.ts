/**
 * A name for a picture, wrapped onto a few short lines at spaces so it is read whole rather than cut.
 * Only a name longer than all the lines together is shortened, and then its last line says so with
 * "…"; the picture keeps the full name in its accessible words and as a tooltip.
 */
export function labelLines(name: string, perLine = 16, maxLines = 3): { lines: string[]; isWhole: boolean } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words.flatMap((w) => chunks(w, perLine))) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, isWhole: true };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, perLine - 1)}…`;
  return { lines: kept, isWhole: false };
}

/** A word longer than a line is broken across lines rather than running out of the picture. */
function chunks(word: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += size) out.push(word.slice(i, i + size));
  return out;
}
