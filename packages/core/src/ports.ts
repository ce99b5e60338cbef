/** Side effects reach the domain only through these ports (docs/ARCHITECTURE.md). */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export interface Ids {
  /** A new UUIDv7: time-ordered, unique across devices. */
  newId(): string;
}

export interface DomainPorts {
  clock: Clock;
  ids: Ids;
}
