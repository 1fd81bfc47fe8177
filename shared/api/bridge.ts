import type { CallName } from './contract';

export type BridgeCall = (callId: string, input: unknown) => Promise<unknown>;

/** What the Electron preload exposes as `window.rig`: one function per contract call, cancel, and progress events. */
export interface RigBridge {
  calls: Record<CallName, BridgeCall>;
  cancel(callId: string): void;
  onProgress(listener: (callId: string, progress: unknown) => void): () => void;
}
