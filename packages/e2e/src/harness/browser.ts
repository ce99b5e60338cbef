import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface BrowserOptions {
  readonly viewport?: { width: number; height: number };
  readonly colorScheme?: 'light' | 'dark';
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** A phone: touch events and a mobile viewport. */
  readonly isPhone?: boolean;
  /** What the device says about where it is: its language and time zone (Support now reads them). */
  readonly locale?: string;
  readonly timezoneId?: string;
}

export interface TendBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the pages sent: url, method and body, for the canary and third-party checks. */
  readonly requests: { url: string; method: string; body: string }[];
  close(): Promise<void>;
}

export const phone = { width: 390, height: 844 };

/** A fresh Chromium profile, headless, with nothing of the outside network. */
export async function openBrowser(options: BrowserOptions = {}): Promise<TendBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tend-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    acceptDownloads: true,
    hasTouch: options.isPhone ?? false,
    isMobile: options.isPhone ?? false,
    // The journeys read dates in British English unless they ask for another locale.
    locale: options.locale ?? 'en-GB',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const requests: TendBrowser['requests'] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
