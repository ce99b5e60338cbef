import { describe, expect, it } from 'vitest';
import { pathPattern } from './path-pattern.ts';

describe('pathPattern', () => {
  it.each([
    ['/', '/', {}],
    ['/parts', '/parts', {}],
    ['/parts/:id', '/parts/abc-1', { id: 'abc-1' }],
    ['/parts/:id/edit', '/parts/abc-1/edit', { id: 'abc-1' }],
    ['/a/:x/b/:y', '/a/1/b/2', { x: '1', y: '2' }],
  ])('reads %s from %s', (pattern, path, params) => {
    expect(pathPattern(pattern).match(path)).toEqual(params);
  });

  it.each([
    ['/', '/parts'],
    ['/parts', '/parts/new'],
    ['/parts/:id', '/parts'],
    ['/parts/:id', '/parts/a/b'],
    ['/parts/:id', '/parts/<img>'],
    ['/parts/:id', '/parts/a%20b'],
    ['/parts/:id', `/parts/${'a'.repeat(65)}`],
    ['/parts/:id/edit', '/parts/a/meet'],
  ])('does not read %s from %s', (pattern, path) => {
    expect(pathPattern(pattern).match(path)).toBeNull();
  });

  it('builds the paths it reads, encoding the named pieces', () => {
    const pattern = pathPattern('/people/:id/check-in');
    expect(pattern.build({ id: 'r-1' })).toBe('/people/r-1/check-in');
    expect(pattern.match(pattern.build({ id: 'r-1' }))).toEqual({ id: 'r-1' });
    expect(pattern.build({ id: 'a/b' })).toBe('/people/a%2Fb/check-in');
    expect(pattern.hasParams).toBe(true);
    expect(pathPattern('/people').hasParams).toBe(false);
  });
});
