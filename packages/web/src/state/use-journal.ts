import {
  isJournalEntry,
  journalEntryKind,
  searchJournal,
  type JournalEntry,
  type JournalHit,
} from '@tend/core';
import { useMemo } from 'react';
import { useVaultObjects } from './use-vault-objects.ts';

/** Every journal entry in the open vault, recomputed when the vault changes. */
export function useJournalEntries(): readonly JournalEntry[] {
  return useVaultObjects(journalEntryKind, isJournalEntry);
}

/** Search on the device, newest day first. */
export function useJournalSearch(query: string): JournalHit[] {
  const entries = useJournalEntries();
  return useMemo(() => searchJournal(entries, query), [entries, query]);
}

export interface DayOfEntries {
  readonly day: string;
  readonly hits: readonly JournalHit[];
}

/** Groups hits (already newest first) by their day, keeping the order. */
export function groupByDay(hits: readonly JournalHit[]): DayOfEntries[] {
  const days: { day: string; hits: JournalHit[] }[] = [];
  for (const hit of hits) {
    const last = days[days.length - 1];
    if (last && last.day === hit.entry.fields.date) last.hits.push(hit);
    else days.push({ day: hit.entry.fields.date, hits: [hit] });
  }
  return days;
}

/** What to call an entry in a list: its title, or the start of its words. */
export function entryLabel(entry: JournalEntry): string {
  const title = entry.fields.title.trim();
  if (title) return title;
  const firstLine = entry.fields.body.trim().split('\n')[0] ?? '';
  return firstLine.length > 60 ? `${firstLine.slice(0, 60).trimEnd()}…` : firstLine || 'Untitled entry';
}
