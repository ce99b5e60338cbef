/**
 * Core's small door (`@tend/core/primitives`): the ports, ids, byte encoding and the access log's
 * hashed text, without the domain. The server and the contract need only these; loading the whole
 * of core through its front door would cost the server process about 25 MB of memory it never uses.
 * The front door (`index.ts`) re-exports all of it.
 */
export type { Clock, Ids, DomainPorts } from './ports.ts';
export { makeUuidV7, isUuid, uuidPattern } from './ids/uuid-v7.ts';
export { toBase64Url, fromBase64Url, base64UrlPattern, utf8 } from './encoding.ts';
export { accessLogEntryText, accessLogGenesis, type AccessLogFields } from './practice/access-log-text.ts';
