import type { Page } from 'playwright-core';
import { tabTo } from '../harness/keyboard.ts';

/** Where the keyboard's place is, and whether a sighted keyboard user can see it. */
export interface FocusState {
  /** Nothing has focus, or only the page itself: the keyboard's place is lost. */
  readonly isLost: boolean;
  readonly tag: string;
  readonly name: string;
  /** A heading that takes focus only so a new step is announced from its top; it is not a control. */
  readonly isHeading: boolean;
  readonly outline: string;
  readonly boxShadow: string;
  /** A computed outline or box shadow that is actually drawn. */
  readonly isVisible: boolean;
}

export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) {
      return {
        isLost: true,
        tag: el?.tagName ?? '',
        name: '',
        isHeading: false,
        outline: '',
        boxShadow: '',
        isVisible: false,
      };
    }
    const labelled = el.getAttribute('aria-labelledby');
    const byId = labelled ? document.getElementById(labelled)?.textContent : null;
    const label =
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
        ? el.labels?.[0]?.textContent
        : null;
    const name = (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const style = getComputedStyle(el);
    const outlineDrawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowDrawn = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      isLost: false,
      tag: el.tagName,
      name,
      isHeading: /^H[1-6]$/.test(el.tagName) && el.tabIndex === -1,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      isVisible: outlineDrawn || shadowDrawn,
    };
  });
}

const describe = (state: FocusState) =>
  state.isLost
    ? `<${state.tag.toLowerCase() || 'nothing'}>`
    : `<${state.tag.toLowerCase()}> "${state.name.slice(0, 80)}"`;

/**
 * Drives a page with the keyboard alone and checks, at every step, that the keyboard's place is kept and
 * can be seen. `log` holds each step, so a failure says how far the journey got.
 */
export class KeyboardOnly {
  readonly page: Page;
  readonly log: string[] = [];

  constructor(page: Page) {
    this.page = page;
  }

  /** Tabs forwards to a control (by the start of its name) and checks it shows where focus is. */
  async to(name: string | RegExp): Promise<void> {
    await tabTo(this.page, name);
    const state = await focusState(this.page);
    this.log.push(`Tab to ${describe(state)}`);
    if (!state.isVisible)
      throw new Error(
        `${describe(state)} has focus but nothing shows it (outline ${state.outline}, box-shadow ${state.boxShadow})`,
      );
  }

  /** Shift+Tab backwards to a control, the same checks as `to`. */
  async back(name: string | RegExp): Promise<void> {
    const matches = (text: string) => (typeof name === 'string' ? text.startsWith(name) : name.test(text));
    const seen: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      await this.page.keyboard.press('Shift+Tab');
      const state = await focusState(this.page);
      if (matches(state.name)) {
        this.log.push(`Shift+Tab to ${describe(state)}`);
        if (!state.isVisible) throw new Error(`${describe(state)} has focus but nothing shows it`);
        return;
      }
      seen.push(state.name);
    }
    throw new Error(`Shift+Tab never reached "${String(name)}"; it passed: ${seen.join(' | ')}`);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Enter and Space act; an arrow moves within a group of radio buttons, choosing as it goes. */
  async press(key: 'Enter' | 'Space' | 'ArrowRight'): Promise<void> {
    this.log.push(`press ${key}`);
    await this.page.keyboard.press(key);
  }

  /** Tabs to a field and types into it. */
  async write(label: string | RegExp, text: string): Promise<void> {
    await this.to(label);
    await this.type(text);
  }

  /** Tabs to a control and presses it. */
  async activate(name: string | RegExp, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
    await this.to(name);
    await this.press(key);
  }

  /**
   * After an action has shown its result: focus is somewhere on the page, not dropped to <body>, and
   * a focused control (anything but a step's heading, which takes focus only to be announced) shows it.
   * Focus moved by an effect lands just after the result paints, so this waits for it to land.
   */
  async expectFocusKept(after: string): Promise<FocusState> {
    await this.page
      .waitForFunction(
        () => document.activeElement !== null && document.activeElement !== document.body,
        null,
        {
          timeout: 10_000,
        },
      )
      .catch(() => undefined); // A lost focus is reported below, with where it went.
    const state = await focusState(this.page);
    this.log.push(`after ${after}: focus on ${describe(state)}`);
    if (state.isLost) throw new Error(`focus was lost to ${describe(state)} after ${after}`);
    if (!state.isHeading && !state.isVisible)
      throw new Error(`after ${after}, ${describe(state)} has focus but nothing shows it`);
    return state;
  }
}
