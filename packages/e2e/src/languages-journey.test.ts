import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'warm bread on a cold morning';

/** The words a person meets in one language, on the way from home through a pause to Support now. */
interface Words {
  readonly name: string;
  /** The language's own name in the choice. */
  readonly choice: string;
  readonly lang: 'de' | 'es';
  readonly home: string;
  readonly homeLead: string;
  readonly pause: string;
  readonly steps: readonly string[];
  readonly next: string;
  readonly finish: string;
  readonly whatHappened: string;
  readonly pastPauses: string;
  readonly finished: string;
  readonly supportNow: string;
  readonly notAlone: string;
  readonly region: string;
  readonly call: string;
  readonly allDay: string;
  /** A written date: a day, the month's name in this language, a year. */
  readonly date: RegExp;
}

const german: Words = {
  name: 'German',
  choice: 'Deutsch',
  lang: 'de',
  home: 'Start',
  homeLead: 'Wie geht es dir gerade?',
  pause: 'Pause',
  steps: [
    'Atmen',
    'Wahrnehmen',
    'Was der Körper braucht',
    'Was brauche ich gerade?',
    'Möglichkeiten',
    'Danach',
  ],
  next: 'Weiter',
  finish: 'Pause beenden',
  whatHappened: 'Was passiert ist',
  pastPauses: 'Frühere Pausen',
  finished: 'Beendet',
  supportNow: 'Hilfe jetzt',
  notAlone: 'Du bist damit nicht allein.',
  region: 'Deine Region',
  call: '112 anrufen',
  allDay: 'Rund um die Uhr, jeden Tag',
  date: /\b\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}\b/,
};

const spanish: Words = {
  name: 'Spanish',
  choice: 'Español',
  lang: 'es',
  home: 'Inicio',
  homeLead: '¿Cómo estás ahora mismo?',
  pause: 'Pausa',
  steps: [
    'Respirar',
    'Notar',
    'Lo que necesita el cuerpo',
    '¿Qué necesito ahora mismo?',
    'Opciones',
    'Después',
  ],
  next: 'Siguiente',
  finish: 'Terminar la pausa',
  whatHappened: 'Qué pasó',
  pastPauses: 'Pausas anteriores',
  finished: 'Terminada',
  supportNow: 'Apoyo ahora',
  notAlone: 'No tienes que cargar con esto a solas.',
  region: 'Tu región',
  call: 'Llamar al 112',
  allDay: '24 horas, todos los días',
  date: /\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}\b/,
};

const documentLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** One server for the whole file: each group's browser is a fresh profile of its own, sharing nothing. */
let server: TendServer;

beforeAll(async () => {
  server = await startTend();
});

afterAll(async () => {
  await server?.stop();
});

describe.each([german, spanish])('Tend in $name on a phone', (words) => {
  let browser: TendBrowser;
  let page: Page;
  let app: TendApp;

  beforeAll(async () => {
    // An English browser: the language is chosen in Settings, not taken from the device.
    browser = await openBrowser({
      viewport: phone,
      isPhone: true,
      locale: 'en-GB',
      timezoneId: 'Europe/Berlin',
    });
    page = browser.page;
    app = new TendApp(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is chosen on this device in Settings, and the document says so', async () => {
    await app.open('/');
    await app.heading().waitFor();
    await expect(documentLanguage(page)).resolves.toBe('en');
    await app.makeVault(passphrase);
    await app.openSettings('Privacy and noticing');
    await page
      .getByRole('region', { name: 'This device' })
      .getByLabel('Language')
      .selectOption({ label: words.choice });
    await expect.poll(() => documentLanguage(page)).toBe(words.lang);
    await page.getByRole('link', { name: words.home, exact: true }).first().click();
    await page.getByText(words.homeLead, { exact: true }).waitFor();
  });

  it('pauses from start to finish in that language, and the past pause is dated in it', async () => {
    await page.getByRole('button', { name: words.pause, exact: true }).click();
    const step = (index: number) =>
      page.getByRole('heading', { level: 2, name: words.steps[index] ?? '', exact: true });
    await step(0).waitFor();
    for (let index = 0; index < words.steps.length - 1; index += 1) {
      if (index === 1)
        await page.getByLabel(words.whatHappened, { exact: true }).fill('A hard call with Sam.');
      await page.getByRole('button', { name: words.next, exact: true }).click();
      await step(index + 1).waitFor();
    }
    await page.getByRole('button', { name: words.finish, exact: true }).click();
    await page.getByText(words.homeLead, { exact: true }).waitFor();

    await page.getByRole('link', { name: words.pastPauses, exact: true }).click();
    const past = page.getByRole('main').getByRole('listitem').first();
    await past.getByText(words.finished).waitFor();
    await expect(past.textContent()).resolves.toMatch(words.date);
    await expect(documentLanguage(page)).resolves.toBe(words.lang);
  });

  it('offers Support now in that language, with the region’s lines to call', async () => {
    await page.getByRole('button', { name: words.supportNow, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: words.supportNow, exact: true }).waitFor();
    await page.getByText(words.notAlone, { exact: true }).waitFor();
    await page.getByLabel(words.region, { exact: true }).selectOption('DE');
    await expect(
      page.getByRole('link', { name: words.call, exact: true }).first().getAttribute('href'),
    ).resolves.toBe('tel:112');
    await page.getByText(words.allDay, { exact: true }).first().waitFor();
    // When each line was last checked, written the way this language writes a date.
    const checked = page.locator('.crisis-line .line-meta').last();
    await expect(checked.textContent()).resolves.toMatch(words.date);
    await expect(documentLanguage(page)).resolves.toBe(words.lang);
  });
});

describe('a browser whose language is German', () => {
  let browser: TendBrowser;

  beforeAll(async () => {
    browser = await openBrowser({
      viewport: phone,
      isPhone: true,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('gets German without choosing, from the first screen on', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Willkommen bei Tend', exact: true }).waitFor();
    await expect(documentLanguage(page)).resolves.toBe('de');
    // The choice on the welcome screen follows the browser until a language is chosen.
    await expect(page.getByLabel('Sprache', { exact: true }).inputValue()).resolves.toBe('system');
    await page.getByRole('button', { name: 'Hilfe jetzt', exact: true }).click();
    await page.getByText('Du bist damit nicht allein.', { exact: true }).waitFor();
    await expect(page.getByLabel('Deine Region', { exact: true }).inputValue()).resolves.toBe('DE');
  });

  it('lets a person choose another language on the welcome screen before making a vault', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.getByLabel('Sprache', { exact: true }).selectOption({ label: 'Español' });
    await page
      .getByRole('heading', { level: 1, name: 'Te damos la bienvenida a Tend', exact: true })
      .waitFor();
    await expect(documentLanguage(page)).resolves.toBe('es');
  });
});
