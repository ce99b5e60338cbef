import { lazy } from 'react';

/*
 * The practitioner space's pieces that screens of the first load show. Most people never use the
 * practitioner space, so these load on first use and the first load stays small.
 */

/** Home's links into the practitioner space, shown only to those who use it. */
export const PracticeLinks = lazy(() =>
  import('./PracticeLinks.tsx').then((m) => ({ default: m.PracticeLinks })),
);

/** "Share with my practitioner" on the journal entry, which is in the first load: the control itself is not. */
export const ShareWithPractitioner = lazy(() =>
  import('./ShareWithPractitioner.tsx').then((m) => ({ default: m.ShareWithPractitioner })),
);
