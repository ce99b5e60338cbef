// Every screen of Tend with a generated vault, on a phone (390×844) and a desktop (1440×900), in light
// and dark, in English, German and Spanish, saved as PNG files into the folder named on the command
// line (default: ./screenshots), with axe run on each. For looking at the whole app at once:
// `npm run screenshots [folder] [screens] [languages]`. With `--text-size=200` anywhere among them,
// the browser's own text size is 200% (as a person sets it), and the pictures' names say so;
// `--device=phone` or `--device=desktop` takes only that one. With
// `npm run screenshots -- --manifest`, only the two pictures of home the web app's manifest shows.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { generateVault, type VaultObject } from '@tend/core';
import { axeViolations } from '../src/harness/axe.ts';
import { openBrowser, phone } from '../src/harness/browser.ts';
import { setTextSize } from '../src/harness/on-screen.ts';
import { startTend } from '../src/harness/tend-server.ts';
import { uploadVault } from '../src/harness/upload-vault.ts';
import { TendApp } from '../src/pages/tend-app.ts';

/**
 * `--manifest`: only home, as the screen fits a phone and a desktop, light, saved as JPEG where the
 * web app's manifest takes its screenshots from (what an install dialog shows).
 */
const isForManifest = process.argv[2] === '--manifest';
const textSizeFlag = /^--text-size=(\d+)$/;
const deviceFlag = /^--device=(phone|desktop)$/;
/** The browser's text size in per cent: `--text-size=200` (default 100). */
const textSize = Number(process.argv.map((a) => textSizeFlag.exec(a)?.[1]).find(Boolean) ?? 100);
/** Only one of the two: `--device=phone` or `--device=desktop` (default both). */
const onlyDevice = process.argv.map((a) => deviceFlag.exec(a)?.[1]).find(Boolean);
const [folderArgument, screensArgument, languagesArgument] = process.argv
  .slice(2)
  .filter((a) => !textSizeFlag.test(a) && !deviceFlag.test(a));
const manifestFolder = resolve(import.meta.dirname, '../../web/assets/screenshots');
const folder = isForManifest ? manifestFolder : resolve(folderArgument ?? 'screenshots');
/**
 * Optionally only some screens, by name: `npm run screenshots -- folder home,person`; an empty
 * argument (`folder '' de`) means every screen.
 */
const only = screensArgument ? screensArgument.split(',') : undefined;
/** The languages (default all three): `npm run screenshots -- folder home de,es`. */
const languages = languagesArgument ? languagesArgument.split(',') : ['en', 'de', 'es'];
/** Pictures at another text size say it in their names: `en-phone-light-text200-home.png`. */
const textSizeName = textSize === 100 ? '' : `-text${textSize}`;

/**
 * Chooses a language the way a person does, in Settings (the select is found by its choices, so in
 * whatever language the page speaks now).
 */
async function speak(page: Page, language: string): Promise<void> {
  await visit(page, '/settings/privacy');
  await page.locator('select:has(option[value="de"])').selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor();
}
const account = { username: 'screens', passphrase: 'two years of quiet evenings' };

/** Screens by name and address; `:kind` stands for the first generated record of that kind. */
const screens: readonly (readonly [string, string])[] = [
  ['home', '/'],
  ['tour', '/tour'],
  ['support', '/support'],
  ['journal', '/journal'],
  ['journal-new', '/journal/new'],
  ['journal-entry', '/journal/:journal-entry'],
  ['parts', '/parts'],
  ['parts-map', '/parts/map'],
  ['part', '/parts/:part'],
  ['part-story', '/parts/:part/story'],
  ['meet', '/parts/:part/meet'],
  ['meeting', '/meetings/:meeting'],
  ['grief-list', '/grief'],
  ['grief', '/grief/:grief'],
  ['pause', '/pause'],
  ['pauses', '/pauses'],
  ['pause-record', '/pauses/:pause'],
  ['kindness', '/kindness'],
  ['kindness-all', '/kindness/all'],
  ['patterns', '/patterns'],
  ['pattern', '/patterns/:pattern'],
  ['people', '/people'],
  ['people-web', '/people/web'],
  ['person', '/people/:relationship'],
  ['check-in', '/people/:relationship/check-in'],
  ['check-in-page', '/check-ins/:relational-check-in'],
  ['looking-back', '/looking-back'],
  ['looking-back-parts', '/looking-back/parts'],
  ['looking-back-patterns', '/looking-back/patterns'],
  ['looking-back-kindness', '/looking-back/kindness'],
  ['looking-back-people', '/looking-back/people'],
  ['looking-back-qualities', '/looking-back/qualities'],
  ['looking-back-self-talk', '/looking-back/self-talk'],
  ['search', '/search'],
  ['resources', '/resources'],
  ['for-my-session', '/for-my-session'],
  ['settings', '/settings'],
  ['settings-account', '/settings/account'],
  ['settings-account-device', '/settings/account/device'],
  ['settings-account-passkeys', '/settings/account/passkeys'],
  ['settings-account-passphrase', '/settings/account/passphrase'],
  ['settings-account-recovery', '/settings/account/recovery'],
  ['settings-account-leaving', '/settings/account/leaving'],
  ['settings-privacy', '/settings/privacy'],
  ['settings-support', '/settings/support'],
  ['settings-data', '/settings/data'],
  ['settings-practice', '/settings/practice'],
  ['settings-about', '/settings/about'],
  ['reminders', '/settings/reminders'],
  ['bring-in', '/settings/bring-in'],
  ['practitioner', '/practitioner'],
  ['practice', '/practice'],
  ['about', '/about'],
  ['install', '/install'],
];

function addressOf(pattern: string, objects: readonly VaultObject[]): string | null {
  let missing = false;
  const path = pattern.replace(/:([a-z-]+)/g, (_, kind: string) => {
    const found = objects.find((o) => o.kind === kind);
    if (!found) missing = true;
    return found?.id ?? '';
  });
  return missing ? null : path;
}

/** Moves within the open app the way its own links do, so the vault stays unlocked. */
async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  // Lazy pictures and lists settle; then the page is still.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  // From the top, as a person arriving sees it (a focused heading or a lazy picture may have scrolled).
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The whole page as one picture. Chromium forgets its text size when a picture is taken beyond the
 * viewport, so at another text size the viewport itself grows to the page's height (with the text
 * size set again) for the picture, and then returns.
 */
async function saveWholePage(page: Page, path: string, viewport: { width: number; height: number }) {
  if (textSize === 100) {
    await page.screenshot({ path, fullPage: true });
    return;
  }
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  for (let height = await pageHeight(), tries = 0; tries < 3; height = await pageHeight(), tries++) {
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    await setTextSize(page, textSize);
    if ((await pageHeight()) <= Math.max(viewport.height, height)) break;
  }
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  await setTextSize(page, textSize);
}

const server = await startTend();
const objects = generateVault({ years: 2, records: 2_500 });
await uploadVault(server, account, objects);
mkdirSync(folder, { recursive: true });
const problems: string[] = [];
async function manifestShots(): Promise<void> {
  for (const [formFactor, viewport] of [
    ['narrow', phone],
    ['wide', { width: 1280, height: 800 }],
  ] as const) {
    const browser = await openBrowser({ viewport, isPhone: formFactor === 'narrow', colorScheme: 'light' });
    const app = new TendApp(browser.page, server.url);
    await app.open('/');
    await app.signIn(account.username, account.passphrase, 300_000);
    await visit(browser.page, '/');
    await browser.page.screenshot({
      path: join(folder, `home-${formFactor}.jpg`),
      type: 'jpeg',
      quality: 80,
    });
    await browser.close();
  }
}

try {
  if (isForManifest) await manifestShots();
  else
    for (const language of languages)
      for (const [device, viewport] of [
        ['phone', phone],
        ['desktop', { width: 1440, height: 900 }],
      ] as const) {
        if (onlyDevice && device !== onlyDevice) continue;
        for (const scheme of ['light', 'dark'] as const) {
          const browser = await openBrowser({ viewport, isPhone: device === 'phone', colorScheme: scheme });
          const app = new TendApp(browser.page, server.url);
          await app.open('/');
          if (textSize !== 100) await setTextSize(browser.page, textSize);
          await app.signIn(account.username, account.passphrase, 300_000);
          if (language !== 'en') await speak(browser.page, language);
          for (const [name, pattern] of screens) {
            const path = addressOf(pattern, objects);
            if (!path || (only && !only.includes(name))) continue;
            await visit(browser.page, path);
            await saveWholePage(
              browser.page,
              join(folder, `${language}-${device}-${scheme}${textSizeName}-${name}.png`),
              viewport,
            );
            for (const violation of await axeViolations(browser.page))
              problems.push(`${language} ${device} ${scheme} ${name}: ${violation}`);
          }
          await browser.close();
        }
      }
} finally {
  await server.stop();
}
process.stdout.write(`Screenshots of ${screens.length} screens at ${textSize}% text in ${folder}\n`);
process.stdout.write(`${problems.length ? problems.join('\n') : 'axe: nothing found on any screen'}\n`);
process.exitCode = problems.length ? 1 : 0;
