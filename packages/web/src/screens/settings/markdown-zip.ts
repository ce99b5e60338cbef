import { localDate, readVaultExport, vaultMarkdownFiles } from '@tend/core';

/**
 * The export as a ZIP of Markdown files (one per item, folders per kind, an index), built on this
 * device; the ZIP library loads only when asked for.
 */
export async function vaultMarkdownZip(json: string, today: string): Promise<Uint8Array<ArrayBuffer>> {
  const read = readVaultExport(json);
  if (!read.ok) throw new Error(`The export could not be read back (${read.problem}).`);
  const byId = new Map(read.objects.map((object) => [object.id, object]));
  const files = vaultMarkdownFiles(read.objects, (id) => byId.get(id), today, localDate);
  const { zipSync, strToU8 } = await import('fflate');
  const folder = `tend-vault-${today}`;
  const tree: Record<string, Uint8Array> = {};
  for (const file of files) tree[`${folder}/${file.path}`] = strToU8(file.text);
  return new Uint8Array(zipSync(tree, { level: 6 }));
}
