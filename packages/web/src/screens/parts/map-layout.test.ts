import { emptyPartFields, type Part } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { clampPosition, defaultPosition, keyStep, layoutParts, mapSize, moveByKey } from './map-layout.ts';

const part = (id: string, position: Part['fields']['position'] = null): Part => ({
  id,
  kind: 'part',
  createdAt: 0,
  fields: { ...emptyPartFields, name: id, position },
  stamps: {},
});

describe('map layout', () => {
  it('moves a part one step per arrow key, further with Shift', () => {
    const start = { x: 100, y: 100 };
    expect(moveByKey(start, 'ArrowRight', false)).toEqual({ x: 100 + keyStep.small, y: 100 });
    expect(moveByKey(start, 'ArrowUp', true)).toEqual({ x: 100, y: 100 - keyStep.large });
    expect(moveByKey(start, 'Enter', false)).toBeNull();
  });

  it('keeps parts inside the map', () => {
    expect(clampPosition({ x: -500, y: 9999 })).toEqual({
      x: mapSize.margin,
      y: mapSize.height - mapSize.margin,
    });
    expect(moveByKey({ x: mapSize.margin, y: 50 }, 'ArrowLeft', false)?.x).toBe(mapSize.margin);
  });

  it('places unarranged parts apart and keeps arranged ones where they were put', () => {
    const laid = layoutParts([part('a'), part('b', { x: 200, y: 210 }), part('c')]);
    expect(laid.get('b')).toEqual({ x: 200, y: 210 });
    expect(laid.get('a')).not.toEqual(laid.get('c'));
    expect(defaultPosition(0, 1)).toEqual({ x: mapSize.width / 2, y: mapSize.height / 2 });
  });
});
