import { useTranslation } from 'react-i18next';
import { speedFigure } from '../../../shared/judge/speed-text';
import type { Estimates } from '../../../shared/judge/verdict';
import { useFormat } from './use-format';

/** A decode estimate in words: "≈ 22 tokens/s, 17–27" (two significant figures), "extrapolated" and offload marked. */
export function useSpeedText(): (e: Estimates) => string | null {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (e) => {
    const f = speedFigure(e);
    if (!f) return null;
    const value = fmt.number(f.value, 2);
    const main = f.low !== null && f.high !== null ? t('common.speedRange', { value, low: fmt.number(f.low, 2), high: fmt.number(f.high, 2) }) : t('common.speed', { value });
    const marks = [f.extrapolated ? t('machine.matrix.extrapolated') : null, f.offload ? t('machine.matrix.offload') : null].filter(Boolean);
    return marks.length ? `${main} (${marks.join(', ')})` : main;
  };
}
