import { describe, expect, it } from 'vitest';
import { newVaultObject } from '../vault/vault-object.ts';
import { clientGlanceKind, isClientGlance } from './client-glance.ts';
import { dismissEndedClient, endClientGlance, lookAtClient, type ClientSight } from './look-at-client.ts';
import { idOf, testPorts } from './test-factories.ts';

const shareId = idOf(200);
const sight = (items: ClientSight['items'], sessionList: ClientSight['sessionList'] = null): ClientSight => ({
  shareId,
  clientName: 'Sam',
  connectedAt: 1,
  items,
  sessionList,
});
const entry = (n: number, updatedAt = 10) => ({ id: idOf(n), kind: 'journal-entry' as const, updatedAt });
const meeting = (n: number, updatedAt = 10) => ({ id: idOf(n), kind: 'meeting' as const, updatedAt });

describe('a glance at a client', () => {
  it('singles nothing out on the first look, and remembers the shape of what was seen', () => {
    const ports = testPorts();
    const { glance, news } = lookAtClient(
      ports,
      null,
      sight([entry(1)], { updatedAt: 5, points: 2, forDate: '2026-03-10' }),
    );
    expect(news).toEqual({ isFirstLook: true, newByKind: [], changed: 0, isSessionListChanged: false });
    expect(isClientGlance(glance)).toBe(true);
    expect(glance.fields).toMatchObject({
      shareId,
      lastLookedAt: ports.clock.now(),
      items: { [idOf(1)]: { kind: 'journal-entry', updatedAt: 10 } },
      sessionList: { points: 2, forDate: '2026-03-10' },
      endedAt: null,
    });
  });

  it('counts what is new per kind, what changed, and whether the session list changed', () => {
    const ports = testPorts();
    const first = lookAtClient(
      ports,
      null,
      sight([entry(1), meeting(2)], { updatedAt: 5, points: 1, forDate: null }),
    );
    ports.tick(60_000);
    const items = [entry(1, 20), meeting(2), entry(3), entry(4), meeting(5)];
    const second = lookAtClient(
      ports,
      first.glance,
      sight(items, { updatedAt: 6, points: 2, forDate: null }),
    );
    expect(second.news).toEqual({
      isFirstLook: false,
      newByKind: [
        { kind: 'journal-entry', count: 2 },
        { kind: 'meeting', count: 1 },
      ],
      changed: 1,
      isSessionListChanged: true,
    });
    expect(second.glance.id).toBe(first.glance.id);
    expect(second.glance.fields.lastLookedAt).toBe(ports.clock.now());
    const third = lookAtClient(
      ports,
      second.glance,
      sight(items, { updatedAt: 6, points: 2, forDate: null }),
    );
    expect(third.news).toMatchObject({ newByKind: [], changed: 0, isSessionListChanged: false });
  });

  it('remembers an ended connection once, and the notice put away', () => {
    const ports = testPorts();
    const { glance } = lookAtClient(ports, null, sight([]));
    const ended = endClientGlance(glance, 100, 'client');
    expect(ended.fields).toMatchObject({ endedAt: 100, endedBy: 'client', dismissedAt: null });
    expect(endClientGlance(ended, 200, 'me')).toBe(ended);
    expect(dismissEndedClient(ended, 300).fields.dismissedAt).toBe(300);
  });

  it('is told apart from other shapes', () => {
    expect(isClientGlance(newVaultObject(idOf(9), clientGlanceKind, { shareId, items: [] }, 1))).toBe(false);
  });
});
