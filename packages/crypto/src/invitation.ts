import { fromBase64Url, isUuid, practiceLimits, toBase64Url, utf8 } from '@tend/core';
import { hkdf, labels, randomBytes } from './primitives.ts';
import { RecordRefusedError } from './types.ts';
import { openVersionedBytes, parseJson, sealVersionedBytes } from './sealed-json.ts';
import { padded } from './padding.ts';

/**
 * An invitation's secret. `code` is what the practitioner hands over ('TEND-' and 5 groups of 4
 * Crockford base32 characters: 100 random bits). `lookup` (base64url, 32 bytes) lets the server find
 * the invitation without learning the code; `key` seals the practitioner's profile for whoever holds it.
 */
export interface InvitationSecret {
  readonly code: string;
  readonly lookup: string;
  readonly key: CryptoKey;
}

/** Who the invitation is from, as the client sees it before accepting. */
export interface InvitationProfile {
  readonly practitionerId: string;
  readonly name: string;
  readonly practice: string;
  /** The practitioner's sharing public key (base64url, 32 bytes X25519): the share key is sealed to it. */
  readonly publicKey: string;
}

// Crockford base32: no I, L, O or U, so a code read aloud or copied by hand is hard to get wrong.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codeLength = 20;
const prefix = 'TEND';

export function newInvitation(): Promise<InvitationSecret> {
  // 256 is a multiple of 32, so the low 5 bits of each random byte are uniform.
  const random = randomBytes(codeLength);
  const chars = Array.from(random, (byte) => alphabet.charAt(byte & 31)).join('');
  random.fill(0);
  return invitationFrom(chars);
}

/**
 * Accepts the code typed loosely (lower case, spaces, O/0 I/L/1 confusions, with or without TEND-) or a
 * link containing it after '#'. RangeError when malformed.
 */
export function readInvitationCode(codeOrLink: string): Promise<InvitationSecret> {
  const chars = normalizeInvitationCode(codeOrLink);
  if (!chars) return Promise.reject(new RangeError('not an invitation code'));
  return invitationFrom(chars);
}

/** The profile sealed for whoever holds the code, as bytes (the wire's text is made at the HTTP edge). */
export async function sealInvitationProfile(
  invitation: InvitationSecret,
  profile: InvitationProfile,
): Promise<Uint8Array> {
  const checked = parseProfile(profile);
  if (!checked) throw new RangeError('the invitation profile is not well-formed');
  return sealVersionedBytes(
    invitation.key,
    padded(JSON.stringify(checked)),
    profileAssociatedData(invitation),
  );
}

/** Opens the profile the server handed back for this code, or RecordRefusedError. */
export async function openInvitationProfile(
  invitation: InvitationSecret,
  sealed: Uint8Array,
): Promise<InvitationProfile> {
  const plain = await openVersionedBytes(invitation.key, sealed, profileAssociatedData(invitation));
  const profile = parseProfile(parseJson(plain));
  if (!profile) throw new RecordRefusedError('invitation holds an unexpected profile');
  return profile;
}

/** The 20 code characters, canonical, or null. */
function normalizeInvitationCode(codeOrLink: string): string | null {
  let text = codeOrLink.trim();
  const hash = text.lastIndexOf('#');
  if (hash >= 0) {
    text = text.slice(hash + 1);
    // A fragment may carry the code as a value ('#code=…') or as the last path step ('#/join/…').
    text = text.slice(Math.max(text.lastIndexOf('='), text.lastIndexOf('/')) + 1);
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  let cleaned = text.toUpperCase().replace(/[\s\-\u2010-\u2015\u2212]+/g, '');
  if (cleaned.length === prefix.length + codeLength && cleaned.startsWith(prefix)) {
    cleaned = cleaned.slice(prefix.length);
  }
  cleaned = cleaned.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== codeLength || [...cleaned].some((c) => !alphabet.includes(c))) return null;
  return cleaned;
}

async function invitationFrom(chars: string): Promise<InvitationSecret> {
  const derive = await hkdf(utf8.encode(`${prefix}${chars}`));
  const [lookup, key] = await Promise.all([
    derive.bits(labels.invitationLookup),
    derive.aesKey(labels.invitationProfileKey),
  ]);
  const groups = chars.match(/.{4}/g) ?? [];
  return { code: [prefix, ...groups].join('-'), lookup: toBase64Url(lookup), key };
}

function profileAssociatedData(invitation: InvitationSecret): Uint8Array {
  return utf8.encode(`${labels.invitationProfileAd}\u0000${invitation.lookup}`);
}

function parseProfile(value: unknown): InvitationProfile | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const keys = ['practitionerId', 'name', 'practice', 'publicKey'];
  if (Object.keys(record).length !== keys.length || !keys.every((k) => Object.hasOwn(record, k))) return null;
  const { practitionerId, name, practice, publicKey } = record;
  if (typeof practitionerId !== 'string' || !isUuid(practitionerId)) return null;
  if (typeof name !== 'string' || name.trim() === '' || name.length > practiceLimits.name) return null;
  if (typeof practice !== 'string' || practice.length > practiceLimits.practice) return null;
  if (typeof publicKey !== 'string' || !isPublicKey(publicKey)) return null;
  return { practitionerId, name, practice, publicKey };
}

function isPublicKey(text: string): boolean {
  try {
    return fromBase64Url(text).length === 32;
  } catch {
    return false;
  }
}
