const folders: Readonly<Record<string, string>> = {
  meeting: 'Meetings with parts',
  pause: 'Pauses',
  grief: 'Grief',
  'relational-check-in': 'Check-ins',
  'journal-entry': 'Journal',
  part: 'Parts',
  relationship: 'Relationships',
  'kindness-moment': 'Kindness moments',
  pattern: 'Patterns',
  resource: 'Resources',
  'safety-plan': 'Safety plan',
};

const kindTitles: Readonly<Record<string, string>> = {
  pattern: 'A pattern',
  resource: 'A resource',
  'safety-plan': 'My safety plan',
};

const fieldLabels: Readonly<Record<string, string>> = {
  when: 'When',
  usually: 'I usually',
  practising: 'What I am practising instead',
  type: 'Kind',
  reach: 'How to reach',
};

/** Words of the person's own readable copy: the session page, its Markdown, the readable export. */
export const readableWords = {
  sessionTitle: 'For my session',
  private: 'Private',
  madeOn: (day: string): string => `Made on ${day}, on this device.`,
  span: (from: string, to: string): string => (from === to ? from : `${from} to ${to}`),
  anyTime: 'Any time',
  nothingChosen: 'Nothing is chosen yet.',
  inYourWords: 'In your words',
  unnamed: 'Unnamed',
  picturesTitle: 'Pictures of these days',
  picturesIntro: 'Each picture says the same as the words beside it.',
  partPicture: (name: string): string => `How you related to ${name}`,
  relationshipPicture: (name: string): string => `Time with ${name}`,
  qualitiesPicture: (name: string): string => `What time with ${name} offered`,
  metNothingNoted: 'met, with nothing more noted',
  nourished: 'Nourished',
  depleted: 'Depleted',
  heldBoundary: 'Held a boundary',
  abandonedMyself: 'Abandoned yourself to keep the peace',
  checkIns: (n: number): string => (n === 1 ? '1 check-in' : `${n.toLocaleString('en-GB')} check-ins`),
  inMonth: (month: string): string => `in ${month}`,
  betweenMonths: (first: string, last: string): string => `between ${first} and ${last}`,
  listsTitle: 'What I would like to bring',
  sessionListHeading: (name: string): string => (name ? `For my session with ${name}` : 'For my session'),
  forSessionOn: (day: string): string => `For the session on ${day}`,
  aboutItem: 'About',
  goneFromDevice: 'Something no longer on this device',
  vaultTitle: 'My Tend vault',
  vaultIntro:
    'Everything you wrote in Tend, one file per item, in folders by kind. Any text editor opens these files.',
  leftOutOfIndex:
    'Sharing settings and keys are not here; they are in the JSON export, which Tend can import again.',
  itemCount: (n: number): string => (n === 1 ? '1 item' : `${n.toLocaleString('en-GB')} items`),
  folder: folders,
  kindTitle: (kind: string): string => (Object.hasOwn(kindTitles, kind) ? (kindTitles[kind] ?? kind) : kind),
  /** Field names as words, with the product's own labels where the screens have them. */
  fieldLabel: (name: string): string => {
    if (Object.hasOwn(fieldLabels, name)) return fieldLabels[name] ?? name;
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  },
};

/** The words of the readable copy, in any language: the same shape as `readableWords`. */
export type ReadableWords = typeof readableWords;
