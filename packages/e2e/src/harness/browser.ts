import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

/**
 * One Chromium at a time, started at the first `openBrowser`: starting Chromium costs seconds on a busy
 * machine, while a new context costs little. Each context is a fresh profile of its own, sharing nothing
 * with the others (storage, cookies, service workers, permissions), as a new person's browser would.
 * Chromium closes with its last context, unless `keepChromiumOpen` was called: the journeys' setup file
 * keeps it for the whole test file and closes it after the file's last test.
 */
let chromiumStarted: Promise<Browser> | undefined;
let keepOpen = false;

export function keepChromiumOpen(): void {
  keepOpen = true;
}

function sharedChromium(): Promise<Browser> {
  chromiumStarted ??= chromium.launch({
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
  });
  return chromiumStarted;
}

/** Closes Chromium, if one was started. */
export async function closeChromium(): Promise<void> {
  const started = chromiumStarted;
  chromiumStarted = undefined;
  if (started) await (await started).close();
}

/** A fresh Chromium profile, headless, with nothing of the outside network. */
export async function openBrowser(options: BrowserOptions = {}): Promise<TendBrowser> {
  const context = await (
    await sharedChromium()
  ).newContext({
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
  const page = await context.newPage();
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      if (!keepOpen && context.browser()?.contexts().length === 0) await closeChromium();
    },
  };
}
