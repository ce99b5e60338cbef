/**
 * A 300-word journal entry for timing the engine, written to mix ordinary days with the patterns it
 * looks for, as the person would type it.
 */
export const sampleEntry = [
  'Long day. I woke up tired and lay there for a while listening to the rain on the window.',
  'I made coffee, fed the cat and tried to answer a few emails before the call with my manager.',
  'The call went fine, really, but afterwards I kept replaying it. I should have said more about the',
  'project. They must think I have nothing to offer. Everyone else on the team seems to know exactly',
  "what they are doing and I'm still guessing. I'm so stupid sometimes.",
  'At lunch I walked to the park and sat by the pond. The ducks were fighting over bread and it made',
  'me laugh. My sister texted to say she is coming to visit next month, which I am looking forward to.',
  "In the afternoon the old feeling came back. I'm too needy with her, I know it. Once I sort myself",
  "out I'll deserve to have people around me. There's nothing I can do about how I am.",
  'I noticed my shoulders were up by my ears, so I took three slow breaths like my therapist showed me.',
  'That helped a little. I wrote down two things that went well: the call was over, and I ate a proper',
  'meal. I looked in the mirror while brushing my teeth and I hate how tired my face looks.',
  'My friend called in the evening and we talked about her new job. She is so happy there.',
  'I felt a pang, then I let it pass. I am not behind, I am on my own path, at my own pace.',
  'Tomorrow I want to go for a swim before work and maybe start the book she lent me.',
  'I am learning that rest is allowed even when the list is not finished. I will try to be gentle',
  'with myself tonight. Bed early, phone in the other room, lamp on low, and a cup of tea.',
  'It was a hard day, and I got through it, and that counts for something.',
].join(' ');

/** One long sentence, as it is being typed: the unit noticing runs on between keystrokes. */
export const sampleSentence =
  "I keep telling myself I should have said something at the meeting, but honestly everyone else seemed so sure and I didn't want to look stupid in front of them again.";
