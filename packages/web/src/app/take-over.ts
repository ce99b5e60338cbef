import { staticWelcomeClass, staticWelcomeSelector } from './static-welcome.ts';

/*
 * The app taking over index.html's static welcome (see static-welcome.ts): React's first render
 * replaces the markup with the same screen, and whatever the person did meanwhile carries over to it
 * in the same task, before the next frame: what they typed and chose, where focus and the caret were,
 * and a form sent or a button pressed, which the app then carries out as if it had been there all along.
 */

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement;

interface Caret {
  readonly start: number | null;
  readonly end: number | null;
  readonly direction: 'forward' | 'backward' | 'none' | null;
}

/** The static welcome as the person left it, read just before React replaces it. */
export interface StaticWelcome {
  readonly page: Element;
  readonly controls: readonly Control[];
  /** The control that had focus (its place among the controls), else -1. */
  readonly focused: number;
  readonly caret: Caret | null;
  readonly scrollY: number;
}

function controlsOf(page: Element): Control[] {
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a selector, not words
  return [...page.querySelectorAll<Control>('input, select, textarea, button')];
}

function hasCaret(control: Control): control is HTMLInputElement | HTMLTextAreaElement {
  if (control instanceof HTMLTextAreaElement) return true;
  // Only text-like inputs have a caret; the others throw on selectionStart.
  return control instanceof HTMLInputElement && /^(text|password|email|search|url|tel)$/.test(control.type);
}

/** The static welcome, if it is on screen. */
export function readStaticWelcome(doc: Document): StaticWelcome | null {
  if (!doc.documentElement.classList.contains(staticWelcomeClass)) return null;
  const page = doc.querySelector(staticWelcomeSelector);
  if (!page) return null;
  const controls = controlsOf(page);
  const focused = controls.findIndex((control) => control === doc.activeElement);
  const control = controls[focused];
  const caret =
    control && hasCaret(control)
      ? { start: control.selectionStart, end: control.selectionEnd, direction: control.selectionDirection }
      : null;
  return { page, controls, focused, caret, scrollY: doc.defaultView?.scrollY ?? 0 };
}

/** Whether the person has begun with the static welcome: focused, typed, chose, pressed or sent something. */
export function hasBegun(from: StaticWelcome): boolean {
  return (
    from.focused >= 0 ||
    from.page.querySelector('[data-pending]') !== null ||
    from.controls.some((control) =>
      control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
        ? control.checked !== control.defaultChecked
        : !(control instanceof HTMLButtonElement) && !isDefaultValue(control),
    )
  );
}

function isDefaultValue(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): boolean {
  if (control instanceof HTMLSelectElement)
    return [...control.options].every((o) => o.selected === o.defaultSelected);
  return control.value === control.defaultValue;
}

/** Sets a value as typing does, so that React's own change handler sees it. */
function typeValue(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  const prototype = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}

function isSameKind(a: Control, b: Control): boolean {
  return a.tagName === b.tagName && a.type === b.type;
}

/** Carries the static welcome's state over to the app's, control by control (they are the same screen). */
function carryOver(from: StaticWelcome, page: Element): void {
  const controls = controlsOf(page);
  if (controls.length !== from.controls.length) return;
  if (!from.controls.every((control, i) => controls[i] !== undefined && isSameKind(control, controls[i])))
    return;
  const pairs = from.controls.map((control, i) => [control, controls[i] as Control] as const);

  for (const [old, now] of pairs) {
    if (old instanceof HTMLInputElement && (old.type === 'radio' || old.type === 'checkbox')) {
      if (old.checked !== (now as HTMLInputElement).checked) now.click();
    } else if (!(old instanceof HTMLButtonElement) && old.value !== now.value) {
      typeValue(now as HTMLInputElement, old.value);
    }
  }
  const scroll = page.ownerDocument.defaultView;
  if (scroll && scroll.scrollY !== from.scrollY) scroll.scrollTo(scroll.scrollX, from.scrollY);
  const focused = controls[from.focused];
  if (focused) {
    focused.focus({ preventScroll: true });
    if (from.caret && hasCaret(focused)) {
      focused.setSelectionRange(from.caret.start, from.caret.end, from.caret.direction ?? undefined);
    }
  }
  // Last, with everything typed in place: what the person pressed or sent before the app was here.
  for (const [old, now] of pairs) {
    if (old instanceof HTMLButtonElement && old.type === 'button' && old.hasAttribute('data-pending'))
      now.click();
  }
  const forms = [...from.page.querySelectorAll('form')];
  const sent = forms.findIndex((form) => form.hasAttribute('data-pending'));
  page.querySelectorAll('form')[sent]?.requestSubmit();
}

/**
 * After React's first render, which replaced the static welcome: carries it over to the app's welcome
 * and hides the static one for good. (The first render is the welcome whenever the static one showed:
 * the session starts at "none" then. Should it be another screen, nothing of the welcome carries over.)
 */
export function takeOver(from: StaticWelcome, doc: Document): void {
  doc.documentElement.classList.remove(staticWelcomeClass);
  const page = doc.querySelector('#root .page.welcome');
  if (page) carryOver(from, page);
}
