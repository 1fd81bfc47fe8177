import type { TFunction } from 'i18next';
import { asicById } from '../../../../shared/catalogue/asic-catalogue';
import { gpuById } from '../../../../shared/catalogue/gpu-catalogue';
import { enViews } from '../../i18n/en-views';

type LabelKey = keyof typeof enViews.earnings.assumptions.labels;
const isLabelKey = (key: string): key is LabelKey => Object.hasOwn(enViews.earnings.assumptions.labels, key);

const deviceName = (id: string): string => gpuById(id)?.name ?? asicById(id)?.name ?? id;

/** A market assumption's name in the UI language ("Rent per GPU-hour (USD) · GeForce RTX 3090"). */
export const labelFor = (key: string, t: TFunction): string => {
  const [kind, id = ''] = key.split(':');
  if (kind === 'rental') return t('earnings.assumptions.rental', { device: deviceName(id) });
  if (kind === 'resale') return t('earnings.assumptions.resale', { device: deviceName(id) });
  if (kind === 'platformFee') return t('earnings.assumptions.platformFee', { platform: id });
  return isLabelKey(key) ? t(`earnings.assumptions.labels.${key}`) : key;
};

/** Whole days since a figure's date (YYYY-MM counts from the 15th). */
export const ageDays = (date: string, now = Date.now()): number => Math.max(0, Math.round((now - Date.parse(date.length === 7 ? `${date}-15` : date)) / 86_400_000));
