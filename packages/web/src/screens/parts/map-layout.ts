import type { Part, PartPosition } from '@tend/core';

/** The map's drawing space; saved positions are in these units and kept inside it. */
export const mapSize = { width: 360, height: 360, margin: 36 } as const;

/** How far one arrow key press moves a part; with Shift, a bigger step. */
export const keyStep = { small: 10, large: 40 } as const;

export function clampPosition({ x, y }: PartPosition): PartPosition {
  const clamp = (value: number, max: number) =>
    Math.round(Math.min(max - mapSize.margin, Math.max(mapSize.margin, value)));
  return { x: clamp(x, mapSize.width), y: clamp(y, mapSize.height) };
}

/** Where a part not yet arranged sits: around a circle, in list order, so nothing overlaps. */
export function defaultPosition(index: number, count: number): PartPosition {
  const radius = mapSize.width / 2 - mapSize.margin - 12;
  const angle = (2 * Math.PI * index) / Math.max(1, count) - Math.PI / 2;
  return clampPosition({
    x: mapSize.width / 2 + (count > 1 ? radius * Math.cos(angle) : 0),
    y: mapSize.height / 2 + (count > 1 ? radius * Math.sin(angle) : 0),
  });
}

/** Every part's place on the map: where the person put it, or its default place. */
export function layoutParts(parts: readonly Part[]): Map<string, PartPosition> {
  return new Map(
    parts.map((part, i) => [
      part.id,
      part.fields.position ? clampPosition(part.fields.position) : defaultPosition(i, parts.length),
    ]),
  );
}

const arrows: Record<string, PartPosition> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** The position after an arrow key press, or null when the key is not an arrow. */
export function moveByKey(position: PartPosition, key: string, isLarge: boolean): PartPosition | null {
  const direction = arrows[key];
  if (!direction) return null;
  const step = isLarge ? keyStep.large : keyStep.small;
  return clampPosition({ x: position.x + direction.x * step, y: position.y + direction.y * step });
}
