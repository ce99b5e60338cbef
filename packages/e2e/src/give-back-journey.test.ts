import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { tabTo } from './harness/keyboard.ts';
import { expectOnScreen } from './harness/on-screen.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { PausePages } from './pages/pause-pages.ts';
import { RelationshipsPages } from './pages/relationships-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'what we write comes back';
const username = 'giving-back';

const shots = process.env['TEND_SCREENSHOTS'];

/** axe in light and dark; with TEND_SCREENSHOTS set, a full-page screenshot of each to look at. */
async function expectNoViolations(browser: TendBrowser, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await browser.page.emulateMedia({ colorScheme });
    if (shots) {
      mkdirSync(shots, { recursive: true });
      const name = screen.replace(/[^a-z0-9]+/gi, '-');
      await browser.page.screenshot({ path: `${shots}/${name}-${colorScheme}.png`, fullPage: true });
    }
    expect(
      await axeViolations(browser.page, { coloursOnly: colorScheme === 'dark' }),
      `${screen} in ${colorScheme}`,
    ).toEqual([]);
  }
  await browser.page.emulateMedia({ colorScheme: 'light' });
}

/** Every word of the meeting the journey writes, as the person typed it. */
const words = {
  broughtForward: 'Mum’s message about the holidays',
  felt: 'Small, and braced for blame',
  needed: 'To hear that it is allowed to say no',
  offered: 'A hand on my chest and a slow breath',
  bothTrue: 'I love her, and I need my own Christmas',
  onWhom: 'my mother at twelve',
};

describe('everything a person writes comes back to them', () => {
  let server: TendServer;
  let first: TendBrowser;
  let second: TendBrowser | undefined;

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await server?.stop();
  });

  it('reads a meeting back, edits it, and lets it go on both devices', async () => {
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const app = new TendApp(page, server.url);
    const parts = new PartsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await app.addAccount(username, passphrase);
    await parts.createPart('The braced one');

    await page.getByRole('button', { name: 'Meet this part' }).click();
    await page.getByLabel('What brought it forward').fill(words.broughtForward);
    await parts.next();
    await page.getByLabel('What it felt').fill(words.felt);
    await page.getByLabel('What it needed').fill(words.needed);
    await parts.next();
    await page.getByLabel('I stayed with it with compassion').check();
    await parts.next();
    await page.getByLabel('In and out', { exact: true }).check();
    await parts.next();
    await page.getByLabel('What I offered it').fill(words.offered);
    await parts.next();
    await page.getByLabel('Intensity before').fill('8');
    await page.getByLabel('Intensity after').fill('4');
    await parts.next();
    await page.getByLabel('Both things that are true').fill(words.bothTrue);
    await parts.next();
    await page.getByLabel('Who I was seeing through this part').fill(words.onWhom);
    await page.getByLabel('Amount').fill('3');
    await page.getByLabel('Unit').selectOption('hours');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await parts.heading('The story of The braced one').waitFor();
    await page.getByText(`you wrote that it needed: “${words.needed}”`).waitFor();

    const inStory = page.getByRole('link', { name: new RegExp(words.offered) });
    await expectOnScreen(inStory, 'The meeting in its story', { scroll: true });
    await inStory.click();
    await parts.heading('A meeting with The braced one').waitFor();
    for (const written of Object.values(words)) await page.getByText(written, { exact: false }).waitFor();
    await page.getByText('I stayed with it with compassion').waitFor();
    await page.getByText('In and out').waitFor();
    await page.getByText('Before: 8 of 10. After: 4 of 10.').waitFor();
    await page.getByText('I recognised it after 3 hours.').waitFor();
    await expectOnScreen(page.getByRole('link', { name: 'Edit', exact: true }), 'Edit');
    await expectNoViolations(first, 'a meeting');

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await parts.heading('Edit this meeting').waitFor();
    await expect(page.getByLabel('What brought it forward').inputValue()).resolves.toBe(words.broughtForward);
    await expectNoViolations(first, 'edit a meeting');
    await page.getByLabel('What I offered it').fill('Time, and a walk by the river');
    const save = page.getByRole('button', { name: 'Save changes' });
    await expectOnScreen(save, 'Save changes', { scroll: true });
    await save.click();
    await parts.heading('A meeting with The braced one').waitFor();
    await page.getByText('Time, and a walk by the river').waitFor();
    await page.getByText(words.bothTrue).waitFor();
    await page.getByRole('link', { name: 'Back to the story' }).click();
    await page.getByRole('link', { name: /Time, and a walk by the river/ }).waitFor();
    await expect(page.getByText(words.offered).count()).resolves.toBe(0);

    await app.syncNow();
    await page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
    // Back from Settings › Account and devices, and from Settings, to the story.
    await page.goBack();
    await page.goBack();
    second = await openBrowser({ viewport: phone });
    const b = new TendApp(second.page, server.url);
    const partsB = new PartsPages(second.page);
    await b.open('/');
    await b.signIn(username, passphrase);
    await partsB.openPart('The braced one');
    await second.page.getByRole('link', { name: 'Its story' }).click();
    await second.page.getByRole('link', { name: /Time, and a walk by the river/ }).waitFor();

    await page.getByRole('link', { name: /Time, and a walk by the river/ }).click();
    const remove = page.getByRole('button', { name: 'Delete this meeting' });
    await expectOnScreen(remove, 'Delete this meeting', { scroll: true });
    await remove.click();
    await page.getByRole('heading', { name: 'Delete this meeting?' }).waitFor();
    await expectNoViolations(first, 'delete a meeting, confirming');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await parts.heading('The story of The braced one').waitFor();
    await page.getByText('No meetings yet.').waitFor();
    await app.syncNow();

    await expect
      .poll(
        async () => {
          await b.syncNow();
          await partsB.openPart('The braced one');
          await second?.page.getByRole('link', { name: 'Its story' }).click();
          await partsB.heading('The story of The braced one').waitFor();
          return second?.page.getByText('No meetings yet.').count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
  });

  it('gives back the six qualities of time with Sam, and the web viewed by one of them', async () => {
    await first?.close();
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    await page.clock.install({ time: new Date('2026-06-20T19:00:00') });
    const app = new TendApp(page, server.url);
    const people = new RelationshipsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await people.addPerson('Sam');
    await people.addPerson('Mum');

    const steady = {
      'Did I feel attuned to?': 'Mostly',
      'Was there reciprocity?': 'Mostly',
      'Did I feel safe and respected?': 'Fully',
      'Could I be myself?': 'Mostly',
    };
    const withSam = [
      { day: '2026-04-25', seen: 'A little', validated: 'Mostly' },
      { day: '2026-05-20', seen: 'Fully', validated: 'Not at all' },
      { day: undefined, seen: 'Mostly', validated: 'A little', note: 'We talked about Mum’s call' },
    ];
    for (const { day, seen, validated, note } of withSam)
      await people.checkIn('Sam', {
        seen,
        ...(day ? { day } : {}),
        ...(note ? { note } : {}),
        answers: { ...steady, 'Did I feel validated?': validated },
      });
    await people.checkIn('Mum', { answers: { 'Did I feel validated?': 'Fully' } });
    await people.checkIn('Mum', { answers: { 'Did I feel validated?': 'Mostly' }, day: '2026-06-10' });

    await people.openPerson('Sam');
    const qualities = page.getByRole('region', { name: 'What time together offered' });
    await qualities
      .getByText('In the last two months, feeling seen came most often; feeling validated was rarer.')
      .waitFor();
    await qualities
      .getByText('In the last two months you mostly felt seen with Sam (2 of 2 times noted).')
      .waitFor();
    await qualities.getByText(/^In the last two months feeling validated with Sam was rarer/).waitFor();
    await qualities.getByText(/a harder stretch is information, not a verdict/).waitFor();
    const seenPicture = qualities.getByRole('img', { name: /Feeling seen \(mirroring\), month by month/ });
    await seenPicture.waitFor();
    await expect(seenPicture.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await expectNoViolations(first, 'a relationship with its six qualities');

    const latest = page.getByRole('link', { name: /We talked about Mum’s call/ });
    await expectOnScreen(latest, 'The latest check-in', { scroll: true });
    await latest.click();
    await people.heading('Check-in with Sam').waitFor();
    await page.getByText('We talked about Mum’s call').waitFor();
    await expectNoViolations(first, 'a check-in');
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await people.heading('Edit check-in with Sam').waitFor();
    await expectNoViolations(first, 'edit a check-in');
    await page
      .getByRole('group', { name: 'Did I feel validated?' })
      .getByLabel('Fully', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await people.heading('Check-in with Sam').waitFor();
    await expect(page.getByText('Fully').count()).resolves.toBe(2);

    await people.openWeb();
    await page.getByLabel('View the web by').selectOption({ label: 'Feeling validated' });
    const list = page.getByRole('region', { name: 'In words' });
    await list.getByText('Mum: often, lately').waitFor();
    await list.getByText('Sam: some of the time, lately').waitFor();
    await list
      .getByText('In the last 8 weeks you felt validated mostly or fully 1 of the 2 times you noted it.')
      .waitFor();
    await page.getByRole('img', { name: /how often you noted feeling validated lately/ }).waitFor();
    await expectNoViolations(first, 'the web by one quality');
  });

  it('finds Mum everywhere, and lets a pause and a kindness moment go', async () => {
    await first?.close();
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const app = new TendApp(page, server.url);
    const people = new RelationshipsPages(page);
    const pause = new PausePages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await people.addPerson('Mum');
    await people.checkIn('Mum', { note: 'Tea at the café, and she asked how I was' });
    await people.addPerson('Sam');
    await people.checkIn('Sam', { note: 'Talked about my mum for a while' });
    await app.writeEntry('Sunday', 'Called MUM. It went more softly than I feared.');
    await app.writeEntry('Monday', 'Nothing about anyone today.');

    await app.goTo('Home');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await app.heading().filter({ hasText: 'Search' }).waitFor();
    const field = page.getByLabel('Search everything you have written');
    await expectOnScreen(field, 'The search field');
    await field.fill('Mum');
    await page.getByText('4 things found.').waitFor();
    await page.getByRole('heading', { name: 'People (1)' }).waitFor();
    await page.getByRole('heading', { name: 'Check-ins (2)' }).waitFor();
    await page.getByRole('heading', { name: 'Journal (1)' }).waitFor();
    await page.getByText('Talked about my mum for a while').waitFor();
    await expectNoViolations(first, 'search');
    await field.fill('cafe');
    await page.getByText('1 thing found.').waitFor();
    await page.getByRole('link', { name: /Check-in with Mum/ }).click();
    await people.heading('Check-in with Mum').waitFor();
    await page.getByText('Tea at the café, and she asked how I was').waitFor();

    await pause.begin();
    await pause.leave(0, 'Skip');
    await page.getByLabel('What happened').fill('A hard call with Mum');
    await pause.leave(1, 'Next');
    for (const step of [2, 3, 4]) await pause.leave(step, 'Skip');
    await pause.finish();
    await app.goTo('Home');
    await page.getByRole('link', { name: 'Past pauses' }).click();
    await app.heading().filter({ hasText: 'Past pauses' }).waitFor();
    await page.getByRole('link', { name: /A hard call with Mum/ }).click();
    await app.heading().filter({ hasText: 'A past pause' }).waitFor();
    await expectNoViolations(first, 'a past pause');
    await page.getByRole('button', { name: 'Delete this pause' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await app.heading().filter({ hasText: 'Past pauses' }).waitFor();
    await page.getByText('No pauses yet.', { exact: false }).waitFor();

    await app.goTo('Home');
    await page.getByRole('button', { name: 'Drank water' }).click();
    await page.getByText('Noted: Drank water.').waitFor();
    await page.getByRole('button', { name: 'Rested' }).click();
    await page.getByText('2 kindness moments this week.').waitFor();
    await page.getByRole('button', { name: 'Undo the last one' }).click();
    await page.getByText('1 kindness moment this week.').waitFor();
    await page.getByRole('link', { name: 'All kindness moments' }).click();
    await app.heading().filter({ hasText: 'Kindness moments' }).waitFor();
    await expectNoViolations(first, 'kindness moments');
    await page.getByRole('button', { name: /^Let go of “Drank water”/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Let it go' }).click();
    await page
      .getByText('Kindness moments you note this week will gather here', { exact: false })
      .first()
      .waitFor();
  });

  it('links a journal entry to a part with the keyboard alone, and the part lists it', async () => {
    await first?.close();
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const keys = page.keyboard;
    const app = new TendApp(page, server.url);
    const parts = new PartsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await parts.createPart('The watcher');
    await app.writeEntry('A quiet evening', 'The watcher stood down for a while.');

    await tabTo(page, 'Link this entry to');
    await keys.press('ArrowDown');
    await expect(page.getByLabel('Link this entry to').inputValue()).resolves.toMatch(/^parts:/);
    await tabTo(page, 'Link');
    await keys.press('Enter');
    await page.getByRole('link', { name: 'The watcher', exact: true }).waitFor();
    await expectNoViolations(first, 'an entry with a link');
    await tabTo(page, 'The watcher');
    await keys.press('Enter');
    await parts.heading('The watcher').waitFor();
    const entries = page.getByRole('region', { name: 'Journal entries' });
    await entries.getByRole('link', { name: /A quiet evening/ }).waitFor();
    await expectNoViolations(first, 'a part with its connections');
    await tabTo(page, /^A quiet evening/);
    await keys.press('Enter');
    await app.heading().filter({ hasText: 'A quiet evening' }).waitFor();
    await tabTo(page, 'Unlink The watcher');
    await keys.press('Enter');
    await page.getByText('Not linked to anything yet.', { exact: false }).waitFor();
  });

  it("reads a meeting back from its part's story, edits it and lets it go, with the keyboard alone", async () => {
    await first?.close();
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const keys = page.keyboard;
    const app = new TendApp(page, server.url);
    const parts = new PartsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await parts.createPart('The braced one');
    await parts.meet('The braced one', words.broughtForward, ['I stayed with it with compassion']);
    await parts.stopHere('The braced one');

    // From here on, only Tab, typing and Enter.
    await tabTo(page, /Mum’s message about the holidays/);
    await keys.press('Enter');
    await parts.heading('A meeting with The braced one').waitFor();
    await page.getByText(words.broughtForward).waitFor();
    await tabTo(page, 'Edit');
    await keys.press('Enter');
    await parts.heading('Edit this meeting').waitFor();
    await tabTo(page, 'What I offered it');
    await keys.type('A slow breath, typed by hand');
    await tabTo(page, 'Save changes');
    await expectOnScreen(page.getByRole('button', { name: 'Save changes' }), 'Save changes');
    await keys.press('Enter');
    await parts.heading('A meeting with The braced one').waitFor();
    await page.getByText('A slow breath, typed by hand').waitFor();
    await expectNoViolations(first, 'a meeting read back with the keyboard');

    await tabTo(page, 'Delete this meeting');
    await expectOnScreen(page.getByRole('button', { name: 'Delete this meeting' }), 'Delete this meeting');
    await keys.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Delete this meeting?' });
    await confirm.waitFor();
    await expectNoViolations(first, 'deleting a meeting with the keyboard');
    await tabTo(page, /^Delete$/);
    await keys.press('Enter');
    await parts.heading('The story of The braced one').waitFor();
    await page.getByText('No meetings yet.').waitFor();
  });

  it('reaches every result beyond the newest fifty of a kind', async () => {
    await first?.close();
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const app = new TendApp(page, server.url);
    await app.open('/');
    await app.makeVault(passphrase);
    await app.goTo('Home');
    for (let n = 1; n <= 52; n += 1) {
      await page.getByRole('button', { name: 'Drank water' }).click();
      await page.getByText(`${n} kindness moment${n === 1 ? '' : 's'} this week.`).waitFor();
    }
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await app.heading().filter({ hasText: 'Search' }).waitFor();
    await page.getByLabel('Search everything you have written').fill('water');
    const found = page.getByRole('region', { name: 'Kindness moments (52)' });
    await expect.poll(() => found.getByRole('link').count()).toBe(50);
    const showAll = found.getByRole('button', { name: 'Show all 52 kindness moments' });
    await expectOnScreen(showAll, 'Show all', { scroll: true });
    await showAll.click();
    await expect.poll(() => found.getByRole('link').count()).toBe(52);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Kindness moments (52)',
    );
    await expectNoViolations(first, 'search, every kindness moment shown');
  });

  it('looks back over the last season, in pictures and in words', async () => {
    await first?.close();
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const app = new TendApp(page, server.url);
    const parts = new PartsPages(page);
    const people = new RelationshipsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await parts.createPart('Inner critic');
    await parts.meet('Inner critic', 'A sharp email', ['I stayed with it with compassion']);
    await parts.stopHere('Inner critic');
    await people.addPerson('Sam');
    await people.checkIn('Sam', {
      afterwards: 'Nourished',
      seen: 'Mostly',
      note: 'I should have said more about the move.',
    });
    await app.goTo('Home');
    await page.getByRole('button', { name: 'Drank water' }).click();
    await page.getByText('1 kindness moment this week.').waitFor();
    await page.getByRole('button', { name: 'Rested' }).click();
    await page.getByText('2 kindness moments this week.').waitFor();
    await page.getByRole('link', { name: 'Resources' }).click();
    await app.heading().filter({ hasText: 'Resources' }).waitFor();
    const pause = new PausePages(page);
    await pause.addResource('Steadying words', 'This will pass');
    await pause.begin();
    for (let step = 0; step < 5; step += 1) await pause.leave(step, 'Next');
    await page
      .getByRole('group', { name: 'Which of your options helped, if any' })
      .getByRole('button', { name: 'This will pass' })
      .click();
    await pause.finish();
    await app.goTo('Home');

    await page.getByRole('link', { name: 'Looking back' }).click();
    await app.heading().filter({ hasText: 'Looking back' }).waitFor();
    // The overview tells the span at a glance; each tile opens its view in full, one tap away.
    const glance = page.getByRole('list', { name: 'At a glance' });
    await glance.getByRole('link', { name: /^Kindness 2 kindness moments/ }).waitFor();
    await expectNoViolations(first, 'looking back');
    const openView = async (tile: string, title: string) => {
      await glance.getByRole('link', { name: new RegExp(`^${tile}\\b`) }).click();
      await app.heading().filter({ hasText: title }).waitFor();
      return page.getByRole('region', { name: title });
    };
    const backToOverview = async () => {
      await page.getByRole('link', { name: 'Back to Looking back' }).click();
      await app.heading().filter({ hasText: 'Looking back' }).waitFor();
    };
    const relating = await openView('Parts', 'How I have been relating to my parts');
    await relating.getByText('You have met this part once.', { exact: false }).waitFor();
    await relating.getByRole('img', { name: /month by month/ }).waitFor();
    await expectNoViolations(first, 'looking back at parts');
    await backToOverview();
    const kindness = await openView('Kindness', 'Kindness moments');
    await kindness.getByText('2 kindness moments were noted in the last three months.').waitFor();
    await kindness
      .getByRole('img', { name: /Kindness moments, month by month\. .*: kindness moments 2/ })
      .waitFor();
    await expectNoViolations(first, 'looking back at kindness');
    await page
      .getByRole('group', { name: 'Look back over' })
      .getByLabel('Everything', { exact: true })
      .check();
    await kindness.getByText('2 kindness moments were noted in all the time you have used Tend.').waitFor();
    await page.getByRole('group', { name: 'Look back over' }).getByLabel('Season', { exact: true }).check();
    await backToOverview();
    const withPeople = await openView('People', 'Time with people');
    await withPeople.getByText('With Sam, you came away nourished once.').waitFor();
    await withPeople.getByRole('img', { name: /Sam: nourished 1, depleted 0/ }).waitFor();
    await backToOverview();
    const pauses = await openView('Pauses', 'Pauses');
    await pauses
      .getByText(/You paused once in the last three months\. What helped most often: This will pass\./)
      .waitFor();
    await backToOverview();
    const qualities = await openView('The six qualities', 'The six qualities');
    await qualities
      .getByText('Over the last three months, you noted it once: you felt seen mostly or fully.')
      .waitFor();
    await qualities
      .getByRole('img', { name: /seen: felt mostly or fully 1, a little or not at all 0/ })
      .waitFor();
    await backToOverview();
    // The check-in's note was saved with gentle noticing on: the kind is given back, never the words.
    const selfTalk = await openView('Self-talk', 'Self-talk gentle noticing named');
    await selfTalk
      .getByText(/in one piece of writing over the last three months: a "should" once\./)
      .waitFor();
    expect(await selfTalk.textContent()).not.toContain('said more');
    await expectNoViolations(first, 'looking back at self-talk');

    // With gentle noticing off, the self-talk view is not shown at all.
    await app.openSettings('Privacy and noticing');
    await page.getByLabel('Gentle noticing').uncheck();
    await app.goTo('Home');
    await page.getByRole('link', { name: 'Looking back' }).click();
    await app.heading().filter({ hasText: 'Looking back' }).waitFor();
    await glance.getByRole('link', { name: /^The six qualities/ }).waitFor();
    await expect(glance.getByRole('link', { name: /^Self-talk/ }).count()).resolves.toBe(0);
  });

  it('shows On this day only when turned on, on the right date, and hides an item for good', async () => {
    await first?.close();
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const app = new TendApp(page, server.url);
    await page.clock.install({ time: new Date('2025-03-28T09:00:00') });
    await app.open('/');
    await app.makeVault(passphrase);
    await app.writeEntry('The first warm day', 'I sat outside with tea.');
    await app.writeEntry('A note to keep', 'Something I would rather not see again.');
    await page.clock.setSystemTime(new Date('2025-09-01T09:00:00'));
    await app.writeEntry('Not this day', 'Written on another day.');

    await page.clock.setSystemTime(new Date('2026-03-28T08:00:00'));
    await page.reload();
    await app.unlockIfLocked(passphrase);
    await app.goTo('Home');
    await expect(page.getByRole('region', { name: 'On this day' }).count()).resolves.toBe(0);

    await app.openSettings('Privacy and noticing');
    await page.getByLabel('On this day').check();
    await app.goTo('Home');
    const onThisDay = page.getByRole('region', { name: 'On this day' });
    await onThisDay.getByRole('link', { name: /A year ago today you wrote.*The first warm day/ }).waitFor();
    await onThisDay.getByRole('link', { name: /A note to keep/ }).waitFor();
    await expect(onThisDay.getByText('Not this day').count()).resolves.toBe(0);
    await expectNoViolations(first, 'home with On this day');
    await onThisDay.getByRole('button', { name: /^Hide this one: “A note to keep/ }).click();
    await expect.poll(() => onThisDay.getByRole('link', { name: /A note to keep/ }).count()).toBe(0);
    await page.reload();
    await app.unlockIfLocked(passphrase);
    await app.goTo('Home');
    const again = page.getByRole('region', { name: 'On this day' });
    await again.getByText('The first warm day').waitFor();
    await expect(again.getByText('A note to keep').count()).resolves.toBe(0);

    // Hidden is kept in the vault, so it syncs: another device of the person's hides it too.
    await app.addAccount('on-this-day', passphrase);
    await app.syncNow();
    await page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
    await second?.close();
    second = await openBrowser({ viewport: phone });
    await second.page.clock.install({ time: new Date('2026-03-28T08:30:00') });
    const b = new TendApp(second.page, server.url);
    await b.open('/');
    await b.signIn('on-this-day', passphrase);
    await b.openSettings('Privacy and noticing');
    await second.page.getByLabel('On this day').check();
    await b.goTo('Home');
    const onB = second.page.getByRole('region', { name: 'On this day' });
    await onB.getByRole('link', { name: /The first warm day/ }).waitFor({ timeout: 20_000 });
    await expect(onB.getByText('A note to keep').count()).resolves.toBe(0);
  });
});
