/**
 * A VRAM headroom as people read it: what is left on the card, or — when a model runs with part of it offloaded — how
 * far it is over the VRAM (never a negative headroom). The CLI words it in English, the interface in its language.
 */
export const vramBalance = (headroomGB: number): { over: boolean; gb: number } => ({ over: headroomGB < 0, gb: Math.abs(headroomGB) });
