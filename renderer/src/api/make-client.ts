import { createClient, type RigClient } from '../../../shared/api/client';
import type { RigBridge } from '../../../shared/api/bridge';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';

/** The client over the transport this window has: Electron's bridge, else HTTP with serve mode's token. */
export const makeClient = (bridge: RigBridge | undefined, token: string): RigClient => createClient(bridge ? ipcTransport(bridge) : httpTransport(token));
