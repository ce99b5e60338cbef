import type { Page } from 'playwright-core';
import { PartsPages } from './parts-pages.ts';
import { PausePages } from './pause-pages.ts';
import { RelationshipsPages } from './relationships-pages.ts';
import type { TendApp } from './tend-app.ts';

/**
 * Writes `words` into one record of every kind a person can make, through the screens, for the
 * canary test: journal entry, part, meeting, grief, resource, pattern, pause, kindness moment,
 * relationship, check-in and safety plan.
 */
export async function writeIntoEveryKind(app: TendApp, words: string): Promise<void> {
  const { page } = app;
  const parts = new PartsPages(page);
  const pause = new PausePages(page);
  const people = new RelationshipsPages(page);

  await app.writeEntry(`Title ${words}`, `Body ${words} with more words around it.`);
  await parts.createPart(`Part ${words}`);
  await parts.meet(`Part ${words}`, `Brought forward ${words}`, ['It ran the show']);
  await parts.stopHere(`Part ${words}`);
  await beginGrief(page, parts, words);
  await home(app);
  await page.getByRole('link', { name: 'Resources', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: /Resources/ }).waitFor();
  await pause.addResource('Steadying words', `Words ${words}`);
  await home(app);
  await page.getByRole('link', { name: 'Patterns', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Patterns' }).waitFor();
  await page.getByLabel('When…').fill(`When ${words}`);
  await page.getByRole('button', { name: 'Name this pattern' }).click();
  await page.getByRole('link', { name: new RegExp(`When ${words}`) }).waitFor();
  await pause.begin();
  await pause.leave(0, 'Skip');
  await page.getByLabel('What happened').fill(`Happened ${words}`);
  await page.getByRole('button', { name: 'Done for now' }).click();
  await pause.unfinishedOffer().waitFor();
  await page.getByLabel('A kindness in your own words').fill(`Kindness ${words}`);
  await page.getByRole('button', { name: 'Note it' }).click();
  await page
    .getByText(/kindness moments? this week/)
    .first()
    .waitFor();
  await people.addPerson(`Person ${words}`);
  await people.checkIn(`Person ${words}`, { note: `Check-in ${words}` });
  await app.openSupport();
  await page.getByRole('button', { name: 'Start my safety plan' }).click();
  await page.getByLabel('Warning signs', { exact: true }).fill(`Warning ${words}`);
  await page.getByRole('button', { name: 'Save my safety plan' }).click();
  await page.getByText('Your safety plan is saved on this device.').waitFor();
}

async function home(app: TendApp): Promise<void> {
  await app.goTo('Home');
}

async function beginGrief(page: Page, parts: PartsPages, words: string): Promise<void> {
  await parts.openGrief();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByLabel('A role I am putting down').check();
  await page.getByLabel('Title').fill(`Grief ${words}`);
  await page.getByLabel('First words').fill(`First words ${words}`);
  await page.getByRole('button', { name: 'Begin' }).click();
  await parts.heading(`Grief ${words}`).waitFor();
}
