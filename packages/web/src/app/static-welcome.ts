import { resolveLanguage } from '../i18n/languages.ts';
import { storedLanguageChoice } from '../i18n/stored-language.ts';
import { looksLikeFirstVisit } from './vault-here.ts';

/*
 * The welcome before the app's script: index.html holds the welcome screen as plain markup, hidden,
 * and the head script (head.ts, built on its own as /head.js and run in the head before the body is
 * drawn) shows it on a first visit. The form is real from the first frame: a person
 * can read, type, choose and send it while the app's script still loads; what they send or press is
 * kept on the element (`data-pending`), and the app, taking over, carries it out with what they typed.
 */

/** The class on <html> that shows the static welcome (and hides "One moment…"): see static-welcome.css. */
export const staticWelcomeClass = 'static-welcome-shown';

/** The class of the static welcome's page in index.html. */
export const staticWelcomeSelector = '.static-welcome';

/** The addresses whose first screen, on a device with no vault, is the welcome as index.html holds it. */
export const staticWelcomePaths: readonly string[] = ['/', '/welcome'];

/**
 * Whether the static welcome is the right first screen: a first visit (as the app itself will judge
 * it), at an address the welcome answers, in English (the markup's language; another language waits
 * for its words, behind "One moment…", as before).
 */
export function showsStaticWelcome(path: string, preferred: readonly string[]): boolean {
  return (
    staticWelcomePaths.includes(path) &&
    looksLikeFirstVisit() &&
    resolveLanguage(storedLanguageChoice(), preferred) === 'en'
  );
}

/**
 * Shows the static welcome if it is the right first screen, and keeps what the person does with it
 * before the app is here: a form sent is not sent (it would reload the page) but marked, a button
 * pressed is marked (pressed twice, unmarked). Listens on the document, so it works before the body
 * exists.
 */
export function startStaticWelcome(doc: Document, path: string, preferred: readonly string[]): boolean {
  if (!showsStaticWelcome(path, preferred)) return false;
  doc.documentElement.classList.add(staticWelcomeClass);
  const isStatic = (target: EventTarget | null): target is Element =>
    target instanceof Element && target.closest(staticWelcomeSelector) !== null;
  doc.addEventListener(
    'submit',
    (event) => {
      if (!isStatic(event.target)) return;
      event.preventDefault();
      event.target.setAttribute('data-pending', '');
    },
    true,
  );
  doc.addEventListener(
    'click',
    (event) => {
      const button = isStatic(event.target) ? event.target.closest('button') : null;
      if (button?.type === 'button') button.toggleAttribute('data-pending');
    },
    true,
  );
  return true;
}
