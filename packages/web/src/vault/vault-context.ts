import type { LockedInbox } from './locked-inbox.ts';
import type { RememberedDevice } from './remembered-device.ts';
import type { VaultRuntime } from './runtime.ts';
import type { SyncLoop } from './sync-loop.ts';
import type { TabChannel } from './tab-channel.ts';

/** What every use case of the service receives. */
export interface VaultContext {
  readonly runtime: VaultRuntime;
  readonly channel: TabChannel;
  readonly loop: SyncLoop;
  readonly remembered: RememberedDevice;
  readonly inbox: LockedInbox;
}
