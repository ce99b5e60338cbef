import { emptyPartFields, type Part } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { MapPicture } from './MapPicture.tsx';
import { clampPosition, mapSize } from './map-layout.ts';

const name = 'The one who hurries through the day';
const part: Part = {
  id: 'p-1',
  kind: 'part',
  createdAt: 0,
  fields: { ...emptyPartFields, name },
  stamps: {},
};

describe('MapPicture', () => {
  it('leaves room under the lowest part for its name on three lines, and says the name whole', () => {
    const lowest = clampPosition({ x: mapSize.width / 2, y: mapSize.height });
    const html = renderMarkup(
      <MapPicture
        parts={[part]}
        positions={new Map([[part.id, lowest]])}
        onMove={() => {}}
        onKeep={() => {}}
        onSay={() => {}}
      />,
    );
    const [, top, height] = /viewBox="-?\d+ (-?\d+) \d+ (\d+)"/.exec(html) ?? [];
    // The name's first line sits 38 below the circle's centre, and two more lines 14 apart.
    expect(Number(top) + Number(height)).toBeGreaterThanOrEqual(lowest.y + 38 + 2 * 14 + 4);
    // The lines are apart by a space, so the name reads whole, as the part's label says it.
    expect(html).toMatch(
      />The one who<\/tspan> <tspan[^>]*>hurries through<\/tspan> <tspan[^>]*>the day<\/tspan>/,
    );
  });
});
