import { describe, expect, it } from 'vitest';
import {
  nextCrisisOffer,
  quietOffer,
  type CrisisOfferEvent,
  type CrisisOfferState,
} from './crisis-offer-state.ts';
import { isCrisis } from './field-noticings.ts';
import { noticeField } from './notice-engine.ts';

const crisisIn = (field: string, text: string) => noticeField(field, text).filter(isCrisis);
const read = (...fields: [string, string][]): CrisisOfferEvent => ({
  type: 'read',
  crisis: fields.flatMap(([field, text]) => crisisIn(field, text)),
});
const run = (...events: CrisisOfferEvent[]): CrisisOfferState => events.reduce(nextCrisisOffer, quietOffer);
const isShown = (state: CrisisOfferState) => state.shownFor.length > 0;

const heavy = "I don't want to be here anymore.";

describe('the crisis offer', () => {
  it('stays quiet without crisis language', () => {
    expect(isShown(run(read(['grief:1:add', 'A slow and kind afternoon.'])))).toBe(false);
  });

  it('shows for crisis language in any watched field', () => {
    for (const field of ['journal:new:body', 'meeting:any:felt', 'pause:p:whatHappened', 'check-in:r:note'])
      expect(isShown(run(read([field, heavy]))), field).toBe(true);
  });

  it('"Not now" sets the sentence aside, also while it is typed on', () => {
    const aside = run(read(['f', heavy]), { type: 'not-now' });
    expect(isShown(aside)).toBe(false);
    expect(isShown(nextCrisisOffer(aside, read(['f', "I don't want to be here anymore, really"])))).toBe(
      false,
    );
  });

  it('comes back for a new crisis sentence, in the same field or another', () => {
    const aside = run(read(['f', heavy]), { type: 'not-now' });
    expect(isShown(nextCrisisOffer(aside, read(['f', `${heavy} I want to kill myself.`])))).toBe(true);
    expect(isShown(nextCrisisOffer(aside, read(['f', heavy], ['g', heavy])))).toBe(true);
  });

  it('sets aside every crisis sentence there is, not only the ones it first showed for', () => {
    const state = run(read(['f', heavy]), read(['f', heavy], ['g', 'I want to kill myself.']), {
      type: 'not-now',
    });
    expect(state.setAside.map((a) => a.field)).toEqual(['f', 'g']);
  });

  it('stays when its words are saved and cleared, through one move, then lets go', () => {
    const saved = run(read(['grief:1:add', heavy]), read(['grief:1:add', '']));
    expect(isShown(saved)).toBe(true);
    const moved = nextCrisisOffer(saved, { type: 'moved' });
    expect(isShown(moved)).toBe(true);
    expect(isShown(nextCrisisOffer(moved, { type: 'moved' }))).toBe(false);
  });

  it('starts over on the page it moved to when crisis words are there', () => {
    const state = run(read(['f', heavy]), { type: 'moved' }, read(['f', heavy]), { type: 'moved' });
    expect(isShown(state)).toBe(true);
  });

  it('keeps what was set aside when a new record gets its id on saving', () => {
    const aside = run(
      read(['journal:new:body', heavy]),
      { type: 'not-now' },
      {
        type: 'renamed',
        from: 'journal:new',
        to: 'journal:abc',
      },
    );
    expect(isShown(nextCrisisOffer(aside, read(['journal:abc:body', heavy])))).toBe(false);
    expect(aside.setAside.map((a) => a.field)).toEqual(['journal:abc:body']);
  });
});
