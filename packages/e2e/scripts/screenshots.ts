// Every screen of Tend with a generated vault, on a phone (390×844) and a desktop (1440×900), in light
// and dark, in English, German and Spanish, saved as PNG files into the folder named on the command
// line (default: ./screenshots), with axe run on each. For looking at the whole app at once:
// `npm run screenshots [folder] [screens] [languages]`. With `npm run screenshots -- --manifest`, only
// the two pictures of home the web app's manifest shows.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { generateVault, type VaultObject } from '@tend/core';
import { axeViolations } from '../src/harness/axe.ts';
import { openBrowser, phone } from '../src/harness/browser.ts';
import { startTend } from '../src/harness/tend-server.ts';
import { uploadVault } from '../src/harness/upload-vault.ts';
import { TendApp } from '../src/pages/tend-app.ts';

/**
 * `--manifest`: only home, as the screen fits a phone and a desktop, light, saved as JPEG where the
 * web app's manifest takes its screenshots from (what an install dialog shows).
 */
const isForManifest = process.argv[2] === '--manifest';
const manifestFolder = resolve(import.meta.dirname, '../../web/assets/screenshots');
const folder = isForManifest ? manifestFolder : resolve(process.argv[2] ?? 'screenshots');
/**
 * Optionally only some screens, by name: `npm run screenshots -- folder home,person`; an empty
 * argument (`folder '' de`) means every screen.
 */
const only = process.argv[3] ? process.argv[3].split(',') : undefined;
/** The languages (default all three): `npm run screenshots -- folder home de,es`. */
const languages = process.argv[4] ? process.argv[4].split(',') : ['en', 'de', 'es'];

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
        for (const scheme of ['light', 'dark'] as const) {
          const browser = await openBrowser({ viewport, isPhone: device === 'phone', colorScheme: scheme });
          const app = new TendApp(browser.page, server.url);
          await app.open('/');
          await app.signIn(account.username, account.passphrase, 300_000);
          if (language !== 'en') await speak(browser.page, language);
          for (const [name, pattern] of screens) {
            const path = addressOf(pattern, objects);
            if (!path || (only && !only.includes(name))) continue;
            await visit(browser.page, path);
            await browser.page.screenshot({
              path: join(folder, `${language}-${device}-${scheme}-${name}.png`),
              fullPage: true,
            });
            for (const violation of await axeViolations(browser.page))
              problems.push(`${language} ${device} ${scheme} ${name}: ${violation}`);
          }
          await browser.close();
        }
      }
} finally {
  await server.stop();
}
process.stdout.write(`Screenshots of ${screens.length} screens in ${folder}\n`);
process.stdout.write(`${problems.length ? problems.join('\n') : 'axe: nothing found on any screen'}\n`);
process.exitCode = problems.length ? 1 : 0;
