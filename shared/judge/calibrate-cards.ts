import { gpuById } from '../catalogue/gpu-catalogue';
import type { Evaluation } from './calibrate';
import { isMiningEra } from './data/mining-era';

/**
 * Leave-one-out counted by card, not by row: one Tesla P40 measured at five quants is one card. A card's error is the
 * median of its rows' errors on one backend (a card measured on CUDA and Vulkan is one card in each backend's groups).
 */
export interface CardError {
  gpuId: string;
  /** backend:architecture group */
  key: string;
  backend: string;
  rows: number;
  error: number;
  miningEra: boolean;
}

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export function looByCard(loo: readonly Evaluation[]): CardError[] {
  const cards = new Map<string, Evaluation[]>();
  for (const e of loo) {
    const id = `${e.row.row.gpuId}|${e.row.key}`;
    cards.set(id, [...(cards.get(id) ?? []), e]);
  }
  return [...cards.values()].map((list) => {
    const first = list[0] as Evaluation;
    const spec = gpuById(first.row.row.gpuId);
    return { gpuId: first.row.row.gpuId, key: first.row.key, backend: first.row.backend, rows: list.length, error: median(list.map((e) => e.error)), miningEra: spec ? isMiningEra(spec) : false };
  });
}

export const cardsWithin = (cards: readonly CardError[], band = 0.25): number => (cards.length ? cards.filter((c) => Math.abs(c.error) <= band).length / cards.length : 0);

export const medianAbsError = (cards: readonly CardError[]): number => median(cards.map((c) => Math.abs(c.error)));

/** Per backend × architecture group: distinct cards, rows, share of cards within ±25 %, median |error| by card. */
export function looGroupsByCard(cards: readonly CardError[]): Array<{ key: string; cards: number; rows: number; within: number; medianAbsError: number }> {
  return [...new Set(cards.map((c) => c.key))].sort().map((key) => {
    const mine = cards.filter((c) => c.key === key);
    return { key, cards: mine.length, rows: mine.reduce((n, c) => n + c.rows, 0), within: cardsWithin(mine), medianAbsError: medianAbsError(mine) };
  });
}
