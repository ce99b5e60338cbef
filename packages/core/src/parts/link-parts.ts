import type { DomainPorts } from '../ports.ts';
import { changePart } from './change-part.ts';
import type { Part, PartLink, PartLinkKind, PartResult } from './part.ts';

/** Kinds that read the same both ways: "A is close to B" is "B is close to A". */
const mutualKinds: readonly PartLinkKind[] = ['in-conflict-with', 'close-to'];

const sameLink = (a: PartLink, b: PartLink): boolean => a.to === b.to && a.kind === b.kind;

/**
 * Links `part` to `other` ("part protects other"). The link lives on `part`. A part cannot link to
 * itself, and the same link is never made twice, in either direction for the mutual kinds.
 */
export function linkParts(
  ports: Pick<DomainPorts, 'clock'>,
  part: Part,
  other: Part,
  kind: PartLinkKind,
): PartResult {
  if (part.id === other.id) return { ok: false, problems: ['link-to-self'] };
  const link: PartLink = { to: other.id, kind };
  const back: PartLink = { to: part.id, kind };
  const isRepeat =
    part.fields.links.some((l) => sameLink(l, link)) ||
    (mutualKinds.includes(kind) && other.fields.links.some((l) => sameLink(l, back)));
  if (isRepeat) return { ok: false, problems: ['link-repeated'] };
  return changePart(ports, part, { links: [...part.fields.links, link] });
}

/**
 * Removes the link `part` holds to `otherId` (`linksOfPart` says which part holds a mutual link).
 * Removing a link that is not there changes nothing, so a retry after sync is harmless.
 */
export function unlinkParts(
  ports: Pick<DomainPorts, 'clock'>,
  part: Part,
  otherId: string,
  kind: PartLinkKind,
): PartResult {
  const link: PartLink = { to: otherId, kind };
  const links = part.fields.links.filter((l) => !sameLink(l, link));
  if (links.length === part.fields.links.length) return { ok: true, part };
  return changePart(ports, part, { links });
}

/** Every link that touches a part, whichever side holds it, so a part's page can show them all. */
export function linksOfPart(
  partId: string,
  parts: readonly Part[],
): { readonly from: string; readonly to: string; readonly kind: PartLinkKind }[] {
  const found: { from: string; to: string; kind: PartLinkKind }[] = [];
  for (const part of parts) {
    for (const link of part.fields.links) {
      if (part.id === partId || link.to === partId)
        found.push({ from: part.id, to: link.to, kind: link.kind });
    }
  }
  return found;
}
