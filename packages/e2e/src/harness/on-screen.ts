import type { Locator, Page } from 'playwright-core';

/** Where an element is, and whether a tap at its centre would reach it. */
export interface Placement {
  readonly top: number;
  readonly bottom: number;
  readonly isInViewport: boolean;
  /** `document.elementFromPoint` at the centre is the element or inside it. */
  readonly isHit: boolean;
  /** What a tap at the centre would reach instead, when it is not the element. */
  readonly hitInstead: string;
}

/**
 * Where the element is on screen, as a thumb would find it: inside the viewport, and not covered by
 * anything (a fixed bar, a sticky footer, a banner). With `scroll`, the page is scrolled to it first,
 * as a person would; without, it must already be there.
 */
export async function placementOf(locator: Locator, options: { scroll?: boolean } = {}): Promise<Placement> {
  await locator.waitFor();
  if (options.scroll) await locator.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const isHit = hit !== null && (hit === el || el.contains(hit));
    return {
      top: Math.round(box.top),
      bottom: Math.round(box.bottom),
      // Half a pixel of rounding either way is still on screen.
      isInViewport:
        box.top >= -0.5 &&
        box.left >= -0.5 &&
        box.bottom <= window.innerHeight + 0.5 &&
        box.right <= window.innerWidth + 0.5,
      isHit,
      hitInstead: isHit || !hit ? '' : hit.outerHTML.slice(0, 120),
    };
  });
}

/** Fails with a plain account of where the element is when it is not on screen and tappable. */
export async function expectOnScreen(
  locator: Locator,
  what: string,
  options: { scroll?: boolean } = {},
): Promise<void> {
  const placed = await placementOf(locator, options);
  if (placed.isInViewport && placed.isHit) return;
  const size = await locator.page().evaluate(() => `${window.innerWidth}×${window.innerHeight}`);
  throw new Error(
    `${what} is not on screen and tappable (${size}): top ${placed.top}, bottom ${placed.bottom}, ` +
      `in viewport ${placed.isInViewport}, a tap at its centre reaches ${placed.hitInstead || 'it'}`,
  );
}

/**
 * The browser's own text size (as a person sets it in the browser or the phone): the default font
 * size, so rem, em and the em-based media queries all follow, as they do for a real person.
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const standard = Math.round((16 * percent) / 100);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: Math.round((13 * percent) / 100) } });
  await cdp.detach();
  await page.waitForFunction(
    (px) => getComputedStyle(document.documentElement).fontSize === `${px}px`,
    standard,
  );
}

/** The height left for content between the header and the bottom navigation, in CSS px. */
export function contentHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('header')?.getBoundingClientRect();
    const nav = document.querySelector('nav[aria-label="Main"]')?.getBoundingClientRect();
    const top = header ? Math.max(0, header.bottom) : 0;
    const bottom = nav && nav.height > 0 ? nav.top : window.innerHeight;
    return Math.min(window.innerHeight, bottom) - top;
  });
}

/**
 * Every visible control smaller than 44×44 CSS px. A checkbox or radio counts with its label, which
 * takes the tap too. Links inside a sentence are left out: WCAG 2.5.8 excepts inline targets whose
 * size is set by the line of text around them.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const min = 44;
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex="0"]',
    );
    const small: string[] = [];
    const isInline = (el: HTMLElement) => {
      if (el.tagName !== 'A') return false;
      const parent = el.parentElement;
      if (!parent) return false;
      const words = [...parent.childNodes].some(
        (node) => node !== el && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
      return words && getComputedStyle(el).display.startsWith('inline');
    };
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || el.closest('[inert], [hidden]'))
        continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        for (const label of el.labels ?? []) {
          const l = label.getBoundingClientRect();
          const left = Math.min(box.left, l.left);
          const top = Math.min(box.top, l.top);
          box = new DOMRect(
            left,
            top,
            Math.max(box.right, l.right) - left,
            Math.max(box.bottom, l.bottom) - top,
          );
        }
      }
      if (isInline(el)) continue;
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        const name = (
          el.getAttribute('aria-label') ??
          el.textContent ??
          el.getAttribute('name') ??
          ''
        ).trim();
        small.push(
          `${el.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}
