import type { SeededRandom } from './seeded.ts';

// Ordinary journal-like sentences for generated vaults; nothing here is anyone's real writing.
const sentences = [
  'The morning was slow and I let it be slow.',
  'I noticed my shoulders were up near my ears again.',
  'A walk by the river helped more than I expected.',
  'I felt the old tightness when the phone rang.',
  'There was a moment of quiet after lunch that felt like rest.',
  'I wanted to send the message and waited instead.',
  'My sister called and we laughed about something small.',
  'I was tired, and tired is allowed.',
  'The part of me that hurries was loud today.',
  'I made tea and watched the steam for a while.',
  'Work felt heavy, and I took a breath before answering.',
  'I said no to one thing and the world kept turning.',
  'Rain on the window all evening.',
  'I remembered being small in that kitchen.',
  'Something softened when I stopped arguing with the feeling.',
  'I ate when I was hungry instead of waiting.',
];

export function sampleText(random: SeededRandom, minSentences: number, maxSentences: number): string {
  const count = random.int(minSentences, maxSentences);
  return Array.from({ length: count }, () => random.pick(sentences)).join(' ');
}

export const partNames = [
  'The one who hurries',
  'Inner critic',
  'Little one',
  'The watcher',
  'The caretaker',
  'The one who hides',
  'Fierce protector',
  'The tired one',
  'The planner',
  'The one who wants to be seen',
];
