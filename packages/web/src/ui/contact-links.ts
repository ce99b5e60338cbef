import { msg } from '@lingui/core/macro';
import { i18n } from '../i18n/activate.ts';
/** Turns crisis-line data into links a phone can open: tel: to call, sms: to text. */
export interface ContactLink {
  readonly href: string;
  readonly label: string;
}

const dialable = (number: string): string => number.replace(/[^\d+]/g, '');

/** A number's groups held together with no-break spaces, so a narrow button never splits a number. */
const unbroken = (number: string): string => number.trim().replace(/\s+/g, '\u00a0');

export function callLink(written: string): ContactLink {
  const phone = unbroken(written);
  return { href: `tel:${dialable(written)}`, label: i18n._(msg`Call ${phone}`) };
}

/** "988" texts 988; "Text HOME to 741741" texts 741741 with HOME ready to send. */
export function textLink(text: string): ContactLink | null {
  if (/^[\d\s+-]+$/.test(text)) {
    const number = unbroken(text);
    return { href: `sms:${dialable(text)}`, label: i18n._(msg`Text ${number}`) };
  }
  const keyword = /^text\s+(\S+)\s+to\s+([\d\s+-]+)$/i.exec(text.trim());
  const word = keyword?.[1];
  const to = keyword?.[2];
  if (!word || !to) return null;
  // "?&body=" is understood by both Android and iOS messaging apps. The keyword is the service's own
  // word and stays as it is; the words around it are in the language Tend speaks.
  const number = unbroken(to);
  return {
    href: `sms:${dialable(to)}?&body=${encodeURIComponent(word)}`,
    label: i18n._(msg`Text ${word} to ${number}`),
  };
}

/** The numbers in an emergency entry such as "112 or 999"; none for "your local emergency number". */
export function emergencyLinks(emergency: string): ContactLink[] {
  return (emergency.match(/\d{2,}/g) ?? []).map((number) => callLink(number));
}

/** A piece of a person's own "how to reach" words: plain text, or a link a phone can open. */
export type ReachPiece = { readonly text: string } | { readonly text: string; readonly href: string };

// A web address, an email address, or a phone number (an optional +, then digits with the spaces,
// dashes, dots and brackets people write between them). Dates such as 2026-01-31 are left as text.
const reachable =
  /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]|www\.[^\s<>"]+[^\s<>".,;:!?)])|([^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,})|(\+?\(?\d[\d\s().-]*\d)/gi;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function linkOf(found: string, kind: 'web' | 'mail' | 'phone'): ReachPiece {
  if (kind === 'web') return { text: found, href: found.startsWith('www.') ? `https://${found}` : found };
  if (kind === 'mail') return { text: found, href: `mailto:${found}` };
  const digits = found.replace(/\D/g, '');
  if (digits.length < 3 || isoDate.test(found.trim())) return { text: found };
  return { text: found, href: callLink(found).href };
}

/**
 * The person's words with every phone number, email and web address made a link, the words kept as
 * they wrote them. "Sam: 07700 900123" becomes "Sam: " and a tap-to-call link.
 */
export function reachPieces(words: string): ReachPiece[] {
  const pieces: ReachPiece[] = [];
  let at = 0;
  for (const match of words.matchAll(reachable)) {
    const [found, web, mail] = match;
    if (match.index > at) pieces.push({ text: words.slice(at, match.index) });
    pieces.push(linkOf(found, web ? 'web' : mail ? 'mail' : 'phone'));
    at = match.index + found.length;
  }
  if (at < words.length) pieces.push({ text: words.slice(at) });
  return pieces;
}
