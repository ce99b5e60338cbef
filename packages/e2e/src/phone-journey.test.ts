import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { contentHeight, expectOnScreen, setTextSize, smallTapTargets } from './harness/on-screen.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { PausePages } from './pages/pause-pages.ts';
import { RelationshipsPages } from './pages/relationships-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'warm bread on a cold morning';
const heavy = "I don't want to be here anymore.";
const offerWords = 'This sounds very heavy.';

interface Variant {
  readonly name: string;
  readonly colorScheme: 'light' | 'dark';
  readonly textSize: number;
}

/** On a 390×844 touch phone, light and dark, and with the browser's text at 200%. */
const variants: readonly Variant[] = [
  { name: 'light', colorScheme: 'light', textSize: 100 },
  { name: 'dark', colorScheme: 'dark', textSize: 100 },
  { name: '200% text', colorScheme: 'light', textSize: 200 },
];

const offer = (page: Page) => page.getByRole('status').filter({ hasText: offerWords });

/**
 * Crisis words typed into a field bring the calm offer within what the person can see, without
 * scrolling and without taking the keyboard's place; "Not now" sets it aside.
 */
async function expectOfferWhileTyping(page: Page, field: Locator, what: string, words = heavy) {
  await field.fill(words);
  await offer(page).waitFor();
  await expectOnScreen(offer(page), `the crisis offer over ${what}`);
  await expectOnScreen(
    offer(page).getByRole('link', { name: 'See Support now' }),
    `See Support now (${what})`,
  );
  await expect(
    field.evaluate((el) => el === document.activeElement),
    `${what} keeps focus`,
  ).resolves.toBe(true);
  await offer(page).getByRole('button', { name: 'Not now' }).click();
  await offer(page).waitFor({ state: 'detached' });
}

/** One server for the whole file: each group's browser is a fresh profile of its own, sharing nothing. */
let server: TendServer;

beforeAll(async () => {
  server = await startTend();
});

afterAll(async () => {
  await server?.stop();
});

describe.each(variants)('on a phone ($name)', (variant) => {
  let browser: TendBrowser;
  let page: Page;
  let app: TendApp;

  beforeAll(async () => {
    browser = await openBrowser({
      viewport: phone,
      isPhone: true,
      colorScheme: variant.colorScheme,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    page = browser.page;
    app = new TendApp(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  // The light variant checks every rule on the same screens; dark changes colours only.
  const inDarkColoursOnly = { coloursOnly: variant.colorScheme === 'dark' };
  const button = (name: string | RegExp) =>
    page.getByRole('button', { name, exact: typeof name === 'string' });

  it('onboarding, then Support now with something to call in one tap', async () => {
    await app.open('/');
    await app.heading().waitFor();
    if (variant.textSize !== 100) await setTextSize(page, variant.textSize);
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    await expectOnScreen(button('Make a vault'), 'Make a vault', { scroll: true });
    await button('Make a vault').click();
    await page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('I have kept my recovery code somewhere safe').check();
    await expectOnScreen(button('Continue'), 'Continue', { scroll: true });
    await button('Continue').click();
    await button('Lock').waitFor();

    // At 200% the header and the navigation leave at least half of the screen for words.
    expect(await contentHeight(page)).toBeGreaterThanOrEqual(phone.height / 2);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(phone.width);

    await button('Support now').click();
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    await expectOnScreen(page.locator('a[href^="tel:"]').first(), 'the first call link');
    await expect(page.locator('a[href^="tel:"]').first().getAttribute('href')).resolves.toBe('tel:999');
    expect(await axeViolations(page, inDarkColoursOnly), 'Support now').toEqual([]);
  });

  it('keeps every primary button of Pause on screen and tappable, step by step', async () => {
    const pause = new PausePages(page);
    await pause.begin();
    await expectOnScreen(button('Next'), 'Next on Breathe', { scroll: true });
    await pause.leave(0, 'Next');
    await expectOfferWhileTyping(page, page.getByLabel('What happened'), 'what happened');
    await expectOnScreen(button('Next'), 'Next on Notice', { scroll: true });
    expect(await axeViolations(page, inDarkColoursOnly), 'Pause, Notice').toEqual([]);
    for (let step = 1; step < 5; step += 1) {
      await expectOnScreen(button('Next'), `Next on step ${step + 1}`, { scroll: true });
      await pause.leave(step, 'Next');
    }
    await expectOnScreen(button('Finish pause'), 'Finish pause', { scroll: true });
    await pause.finish();
  });

  it('keeps Meet a part on screen, brings the offer in a step, and notices gently with a dismiss', async () => {
    const parts = new PartsPages(page);
    await parts.createPart('The watcher');
    await page.getByRole('link', { name: 'Home', exact: true }).first().click();
    await page.getByRole('link', { name: 'Meet a part' }).click();
    await parts.heading('Meet a part').waitFor();
    await page.getByLabel('Part', { exact: true }).selectOption({ label: 'The watcher' });
    await expectOnScreen(button('Next'), 'Next on Which part', { scroll: true });
    await parts.next();
    await expectOfferWhileTyping(
      page,
      page.getByLabel('What brought it forward'),
      'a meeting step',
      'I want to kill myself',
    );
    await expectOnScreen(button('Next'), 'Next on What brought it forward', { scroll: true });
    await parts.next();

    const noticed = page.getByRole('region', { name: 'Noticed gently' });
    await page.getByLabel('What it felt').fill('Small. I should be over this by now.');
    const passage = noticed.getByRole('button', { name: '“I should be over this by now.”' });
    await passage.click();
    await noticed.getByRole('button', { name: 'Dismiss' }).click();
    await noticed.waitFor({ state: 'detached' });
    await expect(page.getByLabel('What it felt').inputValue()).resolves.toBe(
      'Small. I should be over this by now.',
    );

    for (let step = 2; step < 8; step += 1) {
      await expectOnScreen(button('Next'), `Next on meeting step ${step + 1}`, { scroll: true });
      await parts.next();
    }
    await expectOnScreen(button('Save meeting'), 'Save meeting', { scroll: true });
    await button('Save meeting').click();
    await parts.heading('The story of The watcher').waitFor();
  });

  it('keeps a check-in on screen and brings the offer from its note', async () => {
    const people = new RelationshipsPages(page);
    await people.addPerson('Ruth');
    await page.getByRole('link', { name: 'Check in' }).click();
    await people.heading('Check in: Ruth').waitFor();
    // The save stays in view at the bottom of the whole check-in, without scrolling.
    await expectOnScreen(button('Save'), 'Save on a check-in');
    await expectOfferWhileTyping(page, page.getByLabel('A note (optional)'), 'a check-in note');
    await expectOnScreen(button('Save'), 'Save on a check-in, after the note');
    await button('Save').click();
    await people.heading('Ruth').waitFor();
  });

  it('brings the offer in view from every other place a person writes', async () => {
    const parts = new PartsPages(page);
    await app.goTo('Journal');
    await button('New entry').click();
    await expectOfferWhileTyping(page, page.getByLabel('Entry', { exact: true }), 'a journal entry');

    await parts.openGrief();
    await button('Begin').click();
    await page.getByLabel('A past version of me').check();
    await expectOfferWhileTyping(page, page.getByLabel('First words'), 'the first words of a grief');
    await button('Begin').click();
    await page.getByRole('heading', { level: 2, name: 'Add to this' }).waitFor();
    await expectOfferWhileTyping(page, page.getByLabel('What is here now'), 'a grief');

    await parts.openPart('The watcher');
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByText('About this part').click();
    await expectOfferWhileTyping(page, page.getByLabel('What it fears would happen if it stopped'), 'a part');

    await page.getByRole('link', { name: 'Home', exact: true }).first().click();
    await page.getByRole('link', { name: 'Patterns' }).click();
    await expectOfferWhileTyping(page, page.getByLabel('I usually…'), 'a pattern');

    const people = new RelationshipsPages(page);
    await people.openPerson('Ruth');
    await expectOfferWhileTyping(page, page.getByLabel('A boundary I am practising'), 'a relationship');
  });

  it('asks before a deletion with every button in reach, and holds the page behind still', async () => {
    await app.writeEntry('A heavy day', 'Some words.');
    await button('Delete').click();
    const dialog = page.getByRole('dialog', { name: 'Delete this entry?' });
    await dialog.waitFor();
    await expectOnScreen(dialog.getByRole('link', { name: 'Support now' }), 'Support now in a dialog', {
      scroll: true,
    });
    await expectOnScreen(dialog.getByRole('button', { name: 'Keep it' }), 'Keep it', { scroll: true });
    await expectOnScreen(dialog.getByRole('button', { name: 'Delete entry' }), 'Delete entry', {
      scroll: true,
    });
    expect(await axeViolations(page, inDarkColoursOnly), 'a dialog').toEqual([]);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 800);
    // The wheel scrolls in the frames after it; two frames on, any scroll of the page has begun.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect(
      page.evaluate(() => window.scrollY),
      'the page behind a dialog',
    ).resolves.toBe(scrolled);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'A heavy day' }).waitFor();
  });

  it('has no control smaller than a thumb on the screens of the moment of need', async () => {
    const pause = new PausePages(page);
    const small: string[] = [];
    const collect = async (screen: string) => {
      for (const found of await smallTapTargets(page)) small.push(`${screen}: ${found}`);
    };
    await page.getByRole('link', { name: 'Home', exact: true }).first().click();
    await collect('home');
    await button('Support now').click();
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    await collect('support now');
    await pause.begin();
    for (let step = 0; step < 5; step += 1) {
      await collect(`pause step ${step + 1}`);
      await pause.leave(step, 'Skip');
    }
    await collect('pause step 6');
    await pause.finish();
    expect(small).toEqual([]);
  });

  it('fits a 320 px screen with nothing wider than it, and breaks no navigation label inside a word', async () => {
    const pause = new PausePages(page);
    await page.setViewportSize({ width: 320, height: 640 });
    const problems: string[] = [];
    const look = async (screen: string) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`${screen} is ${width} px wide`);
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('nav[aria-label="Main"] a')].flatMap((link) => {
          const label = link.querySelector('span');
          const isBroken = label !== null && label.getClientRects().length > 1;
          const isCut = link.scrollWidth > link.clientWidth + 1;
          return isBroken || isCut ? [link.textContent ?? ''] : [];
        }),
      );
      if (labels.length) problems.push(`${screen}: navigation labels broken or cut: ${labels.join(', ')}`);
    };
    await page.getByRole('link', { name: 'Home', exact: true }).first().click();
    await look('home');
    await page.getByRole('link', { name: 'Journal', exact: true }).first().click();
    await button('New entry').click();
    await look('a new entry');
    await page.getByRole('link', { name: 'People', exact: true }).first().click();
    await look('people');
    await button('Support now').click();
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    await look('support now');
    await pause.begin();
    await look('pause');
    await expectOnScreen(button('Next'), 'Next at 320 px', { scroll: true });
    await pause.tap('Done for now');
    await page.setViewportSize(phone);
    expect(problems).toEqual([]);
  });
});
