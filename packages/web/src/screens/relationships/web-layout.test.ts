import { describe, expect, it } from 'vitest';
import { webNodes, webSize } from './web-layout.ts';

describe('webNodes', () => {
  it('puts the first person at the top of the ring', () => {
    const [first] = webNodes(3);
    expect(first?.x).toBeCloseTo(webSize.centre);
    expect(first?.y).toBeCloseTo(webSize.centre - webSize.ring);
    expect(first?.anchor).toBe('middle');
  });

  it('keeps everyone on the ring, labels pointing away from the centre', () => {
    const nodes = webNodes(7);
    for (const node of nodes) {
      expect(Math.hypot(node.x - webSize.centre, node.y - webSize.centre)).toBeCloseTo(webSize.ring);
      if (node.anchor === 'start') expect(node.x).toBeGreaterThan(webSize.centre);
      if (node.anchor === 'end') expect(node.x).toBeLessThan(webSize.centre);
    }
  });

  it('places no one when there is no one', () => {
    expect(webNodes(0)).toEqual([]);
  });
});
