import { describe, expect, it } from 'vitest';
import { sharingProblems } from '../vault/index.ts';
import { sharingStatusText } from './sharing-status-text.ts';

describe('sharingStatusText', () => {
  it('says nothing when everything reached the practitioner', () => {
    expect(sharingStatusText({ status: 'ok', problem: null })).toBeNull();
  });

  it('words what waits and what stopped quietly, always saying what is safe', () => {
    expect(sharingStatusText({ status: 'waiting', problem: null })).toContain('kept on this device');
    expect(sharingStatusText({ status: 'error', problem: 'unauthorized' })).toContain('sign in again');
    expect(sharingStatusText({ status: 'error', problem: 'quota_exceeded' })).toContain('no more room');
    expect(sharingStatusText({ status: 'error', problem: sharingProblems.unsettled })).toContain(
      'Another of your devices',
    );
    expect(sharingStatusText({ status: 'error', problem: sharingProblems.failed })).toContain(
      'Everything is safe on this device',
    );
  });

  it('says plainly when an ended connection has not left the server yet', () => {
    const waiting = sharingStatusText({ status: 'waiting', problem: sharingProblems.endPending });
    expect(waiting).toContain('as soon as it can be reached');
    const stopped = sharingStatusText({ status: 'error', problem: sharingProblems.endPending });
    expect(stopped).toContain('has not removed what you shared yet');
  });
});
