import { localDate, readVaultExport, vaultMarkdownFiles } from '@tend/core';
import { readableLanguageNow } from '../../i18n/sentences/readable.ts';

/** Files above this size are worth compressing. */
const deflateFrom = 8 * 1024;

/**
 * The export as a ZIP of Markdown files (one per item, folders per kind, an index), built on this
 * device; the ZIP library loads only when asked for.
 */
export async function vaultMarkdownZip(json: string, today: string): Promise<Uint8Array<ArrayBuffer>> {
  const read = readVaultExport(json);
  if (!read.ok) throw new Error(`The export could not be read back (${read.problem}).`);
  const byId = new Map(read.objects.map((object) => [object.id, object]));
  const files = vaultMarkdownFiles(
    read.objects,
    (id) => byId.get(id),
    today,
    localDate,
    readableLanguageNow(),
  );
  const { zipSync, strToU8 } = await import('fflate');
  const folder = `tend-vault-${today}`;
  const tree: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const file of files) {
    const bytes = strToU8(file.text);
    // Deflating costs a fixed setup per file: for 30,000 small notes that is most of a minute to save
    // a third of the size. Small files are stored as they are; long ones are compressed.
    tree[`${folder}/${file.path}`] = [bytes, { level: bytes.length > deflateFrom ? 6 : 0 }];
  }
  return new Uint8Array(zipSync(tree));
}
