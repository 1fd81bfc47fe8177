import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';

/** Multiplier from the engine's USD to the user's currency (market figure eurPerUsd for EUR). */
export const currencyFactor = (preferences: Preferences, market: Market): number => (preferences.currency === 'EUR' ? market.value('eurPerUsd', 1) : 1);

export const roundMoney = (value: number): number => Math.round(value * 100) / 100;
