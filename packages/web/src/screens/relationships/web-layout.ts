/** Places people evenly on a ring around the person, with their label outside or inside as fits. */
export const webSize = { width: 360, height: 360, centre: 180, ring: 118 } as const;

export type WebNode = { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' };

/** The first person sits at the top; the rest follow clockwise. */
export function webNodes(count: number): WebNode[] {
  const { centre, ring } = webSize;
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count);
    const x = centre + ring * Math.cos(angle);
    const y = centre + ring * Math.sin(angle);
    const anchor = Math.abs(x - centre) < 20 ? 'middle' : x > centre ? 'start' : 'end';
    return { x, y, anchor };
  });
}
