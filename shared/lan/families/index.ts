import { antminerStock } from './antminer';
import type { Family } from './types';

/** Identification order: custom firmware before the make it runs on (Vnish, Braiins, LuxOS keep "Antminer" strings). */
export const FAMILIES: readonly Family[] = [antminerStock];
