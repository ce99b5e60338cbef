import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPart } from './check-part.ts';
import { linkParts, linksOfPart, unlinkParts } from './link-parts.ts';
import { partLinkKinds, type Part } from './part.ts';
import { makePart, okPart, testPorts } from './test-factories.ts';

describe('linking parts', () => {
  it('links one part to another, held by the first', () => {
    const ports = testPorts();
    const guard = makePart(ports, { name: 'Guard' });
    const little = makePart(ports, { name: 'Little one' });
    const linked = okPart(linkParts(ports, guard, little, 'protects'));
    expect(linked.fields.links).toEqual([{ to: little.id, kind: 'protects' }]);
    expect(linksOfPart(little.id, [linked, little])).toEqual([
      { from: guard.id, to: little.id, kind: 'protects' },
    ]);
  });

  it('never links a part to itself', () => {
    const ports = testPorts();
    const part = makePart(ports);
    expect(linkParts(ports, part, part, 'close-to')).toEqual({ ok: false, problems: ['link-to-self'] });
  });

  it('never makes the same link twice, nor a mutual link from the other side', () => {
    const ports = testPorts();
    const a = makePart(ports, { name: 'A' });
    const b = makePart(ports, { name: 'B' });
    const aProtectsB = okPart(linkParts(ports, a, b, 'protects'));
    expect(linkParts(ports, aProtectsB, b, 'protects')).toEqual({ ok: false, problems: ['link-repeated'] });
    // "B protects A" says something different, so it is allowed.
    expect(linkParts(ports, b, aProtectsB, 'protects').ok).toBe(true);
    const aCloseToB = okPart(linkParts(ports, a, b, 'close-to'));
    expect(linkParts(ports, b, aCloseToB, 'close-to')).toEqual({ ok: false, problems: ['link-repeated'] });
  });

  it('unlinks, and unlinking what is not there changes nothing', () => {
    const ports = testPorts();
    const a = makePart(ports, { name: 'A' });
    const b = makePart(ports, { name: 'B' });
    const linked = okPart(linkParts(ports, a, b, 'in-conflict-with'));
    const unlinked = okPart(unlinkParts(ports, linked, b.id, 'in-conflict-with'));
    expect(unlinked.fields.links).toEqual([]);
    expect(unlinkParts(ports, unlinked, b.id, 'in-conflict-with')).toEqual({ ok: true, part: unlinked });
  });

  it('keeps links valid through any sequence of links and unlinks', () => {
    const step = fc.record({
      from: fc.nat(3),
      to: fc.nat(3),
      kind: fc.constantFrom(...partLinkKinds),
      isLink: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const ports = testPorts();
        const parts: Part[] = ['A', 'B', 'C', 'D'].map((name) => makePart(ports, { name }));
        for (const s of steps) {
          const from = parts[s.from];
          const to = parts[s.to];
          if (!from || !to) continue;
          const result = s.isLink
            ? linkParts(ports, from, to, s.kind)
            : unlinkParts(ports, from, to.id, s.kind);
          if (result.ok) parts[s.from] = result.part;
          else expect(result.problems).toEqual([from.id === to.id ? 'link-to-self' : 'link-repeated']);
        }
        for (const part of parts) expect(checkPart(part.fields, part.id)).toEqual([]);
        for (const kind of ['close-to', 'in-conflict-with'] as const) {
          const pairs = parts.flatMap((p) =>
            p.fields.links.filter((l) => l.kind === kind).map((l) => [p.id, l.to].sort().join()),
          );
          expect(new Set(pairs).size).toBe(pairs.length);
        }
      }),
    );
  });
});
