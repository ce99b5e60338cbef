import { griefAdditions, type Grief, type GriefAddition } from '../grief/grief.ts';
import { partTextFields, type Part } from '../parts/part.ts';
import { fearQuestions } from '../relationships/relationship-copy.ts';
import { relationshipBoundaries } from '../relationships/relationship-boundaries.ts';
import { pathHistory } from '../relationships/path-history.ts';
import type { Relationship } from '../relationships/relationship.ts';
import { practiceLimits } from './practice.ts';
import {
  englishShare,
  lines,
  partNameOf,
  relationshipNameOf,
  section,
  wordFor,
  wordsFor,
  type Lookup,
  type Rendered,
  type Section,
  type ShareLanguage,
} from './share-sections.ts';
import { shareWords as w } from './share-words.ts';

/** Things that hold a story rather than a moment: a part, a relationship, a grief. */
export function renderPart(part: Part, lookup: Lookup, language: ShareLanguage = englishShare): Rendered {
  const { labels: l, word } = language;
  const f = part.fields;
  const name = f.name.trim() || l.partFallback;
  const links = f.links.map((link) => {
    const other = partNameOf(lookup, link.to);
    const words = wordFor(w.link, link.kind, word);
    return other && words ? `${name} ${words} ${other}` : '';
  });
  return {
    title: name,
    when: null,
    sections: [
      ...partTextFields.flatMap((field) =>
        field === 'name' ? [] : [section(word(w.partField[field]), f[field])],
      ),
      section(l.origins, wordsFor(w.origin, f.origins, ', ', word)),
      section(l.role, wordFor(w.partRole, f.role, word)),
      section(l.state, wordFor(w.partState, f.state, word)),
      section(l.links, lines(links)),
    ],
  };
}

export function renderRelationship(
  relationship: Relationship,
  language: ShareLanguage = englishShare,
): Rendered {
  const { labels: l, word, date } = language;
  const f = relationship.fields;
  const roles = f.roles.map((r) => {
    const words = r.role === 'own-words' ? r.words.trim() : wordFor(w.playedRole, r.role, word);
    return words && r.puttingDown ? `${words} · ${l.puttingDown}` : words;
  });
  const fears = f.fears.map((fear) =>
    fear.fear === 'own-words' ? fear.words.trim() : wordFor(fearQuestions, fear.fear, word),
  );
  const history = pathHistory(relationship);
  const current = history.at(-1);
  const showHistory = history.length > 1 || history.some((change) => change.note.trim());
  const changes = history.map((change) =>
    lines([`${date(change.at)}: ${wordFor(w.path, change.path, word)}`, change.note.trim()]),
  );
  return {
    title: f.name.trim() || l.relationshipFallback,
    when: null,
    sections: [
      section(l.relationshipType, wordFor(w.relationshipType, f.type, word)),
      section(l.roles, lines(roles)),
      section(l.fears, lines(fears)),
      section(l.path, current ? wordFor(w.path, current.path, word) : ''),
      section(l.pathHistory, showHistory ? changes.join('\n\n') : ''),
      section(l.boundaries, lines(relationshipBoundaries(relationship).map((b) => b.text))),
    ],
  };
}

/** Each addition is its own section with its date; very many are gathered so the document stays whole. */
export function renderGrief(grief: Grief, lookup: Lookup, language: ShareLanguage = englishShare): Rendered {
  const { labels: l, word } = language;
  const f = grief.fields;
  const header = [
    section(l.griefWhat, wordFor(w.griefSubject, f.what, word)),
    section(l.griefPart, partNameOf(lookup, f.partId)),
    section(l.griefRelationship, relationshipNameOf(lookup, f.relationshipId)),
  ];
  const room = practiceLimits.sections - header.length - 1;
  return {
    title: f.title.trim() || wordFor(w.griefSubject, f.what, word) || l.griefWhat,
    when: grief.createdAt,
    sections: [...header, ...additionSections(griefAdditions(grief), room, language)],
  };
}

function additionSections(
  additions: readonly GriefAddition[],
  room: number,
  language: ShareLanguage,
): Section[] {
  const { labels: l, date: dateWords } = language;
  const kept = additions.filter((a) => a.text.trim());
  const perSection = Math.max(1, Math.ceil(kept.length / room));
  const out: Section[] = [];
  for (let at = 0; at < kept.length; at += perSection) {
    const group = kept.slice(at, at + perSection);
    const first = dateWords(group[0]?.at ?? 0);
    const last = dateWords(group.at(-1)?.at ?? 0);
    if (group.length === 1) {
      out.push(section(l.added(first), group[0]?.text ?? ''));
      continue;
    }
    const text = group.map((a) => `${dateWords(a.at)}\n${a.text}`).join('\n\n');
    out.push(section(first === last ? l.added(first) : l.addedBetween(first, last), text));
  }
  return out;
}
