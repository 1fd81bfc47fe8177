import { createClient, type RigClient } from '../../../shared/api/client';
import type { RigBridge } from '../../../shared/api/bridge';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';

const TOKEN_KEY = 'rigshift-token';

/** The serve-mode token arrives in the URL fragment once; it is kept for the tab and removed from the address bar. */
export function takeToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The one API object the views use; which transport is underneath is decided here and nowhere else. */
function makeClient(): RigClient {
  const bridge = (window as unknown as { rig?: RigBridge }).rig;
  return createClient(bridge ? ipcTransport(bridge) : httpTransport(takeToken()));
}

export const api: RigClient = makeClient();
