import { readFileSync } from 'node:fs';

/** Resident memory of a process in MB, from /proc (Linux): current (VmRSS) or peak (VmHWM). */
export function residentMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory every `everyMs` until stopped; resolves with the highest. */
export function sampleResident(pid: number | undefined, everyMs = 25): { stop(): number } {
  let peak = residentMb(pid, 'VmRSS') ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, residentMb(pid, 'VmRSS') ?? 0);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, residentMb(pid, 'VmRSS') ?? 0);
    },
  };
}
