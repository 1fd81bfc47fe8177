import type { ViewMessages } from './en';

/** Testo italiano delle viste (stesse chiavi di en-views.ts). */
export const itViews: ViewMessages = {};
