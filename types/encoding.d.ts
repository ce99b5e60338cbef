/**
 * The WHATWG Encoding API, for the packages that run both in browsers and on Node and so take
 * neither lib.dom nor @types/node (see docs/ARCHITECTURE.md, "Types per room"). Only what Tend calls.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

declare class TextDecoder {
  constructor(label?: 'utf-8', options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

/**
 * The platform's base64 decoder (Chromium 140+, not yet every Node or browser Tend runs on), so it is
 * optional here and looked for before it is called.
 */
interface Uint8ArrayConstructor {
  fromBase64?: (
    text: string,
    options: { alphabet: 'base64url'; lastChunkHandling: 'loose' },
  ) => Uint8Array<ArrayBuffer>;
}
