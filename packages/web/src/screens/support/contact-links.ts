/** Turns crisis-line data into links a phone can open: tel: to call, sms: to text. */
export interface ContactLink {
  readonly href: string;
  readonly label: string;
}

const dialable = (number: string): string => number.replace(/[^\d+]/g, '');

export function callLink(phone: string): ContactLink {
  return { href: `tel:${dialable(phone)}`, label: `Call ${phone}` };
}

/** "988" texts 988; "Text HOME to 741741" texts 741741 with HOME ready to send. */
export function textLink(text: string): ContactLink | null {
  if (/^[\d\s+-]+$/.test(text)) return { href: `sms:${dialable(text)}`, label: `Text ${text.trim()}` };
  const keyword = /^text\s+(\S+)\s+to\s+([\d\s+-]+)$/i.exec(text.trim());
  if (!keyword?.[1] || !keyword[2]) return null;
  // "?&body=" is understood by both Android and iOS messaging apps.
  return {
    href: `sms:${dialable(keyword[2])}?&body=${encodeURIComponent(keyword[1])}`,
    label: text.trim(),
  };
}

/** The numbers in an emergency entry such as "112 or 999"; none for "your local emergency number". */
export function emergencyLinks(emergency: string): ContactLink[] {
  return (emergency.match(/\d{2,}/g) ?? []).map((number) => callLink(number));
}
