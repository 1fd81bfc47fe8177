import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GPU_COINS } from '../../../../shared/earnings/gpu-coin';
import type { GpuMiningBasis } from '../../../../shared/earnings/gpu-mining';
import type { MiningPin } from '../../../../shared/inventory/mining-pin';
import { useFormat } from '../../i18n/use-format';
import { MiningPinForm } from './MiningPinForm';
import type { Subject } from './subjects';

export type SavePin = (itemId: string, pin: MiningPin | null) => Promise<boolean>;

/** Per GPU item of a device or rig: "Mining: <coin> · <hashrate> · <W>" and an Edit control for the user's own figures. */
export function MiningPins({ subject, mining, onSave }: { subject: Subject; mining: (GpuMiningBasis | null)[]; onSave: SavePin }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<string | null>(null);
  if (subject.kind !== 'device' && subject.kind !== 'rig') return null;
  const gpus = subject.items.flatMap((item, i) => (item.hardware.kind === 'gpu' ? [{ item, spec: item.hardware.spec, basis: mining[i] ?? null }] : []));
  if (gpus.length === 0) return null;
  return (
    <ul className="mining-pins">
      {gpus.map(({ item, spec, basis }) => (
        <li key={item.itemId} data-item={item.itemId}>
          {subject.items.length > 1 ? <strong>{item.label}: </strong> : null}
          <span className="mining-line">
            {basis ? t('miningPin.line', { coin: GPU_COINS[basis.coin].name, hashrate: format.hashrate(basis.hashrateHs), powerW: format.number(basis.powerW, 0) }) : t('miningPin.fallback')}
            {item.miningPin ? ` (${t('miningPin.yours')})` : ''}
          </span>{' '}
          <button type="button" className="link" aria-expanded={editing === item.itemId} aria-label={t('miningPin.editLabel', { name: item.label })} onClick={() => setEditing(editing === item.itemId ? null : item.itemId)}>
            {t('miningPin.edit')}
          </button>
          {editing === item.itemId ? <MiningPinForm spec={spec} label={item.label} pin={item.miningPin} onSave={(pin) => onSave(item.itemId, pin)} onClose={() => setEditing(null)} /> : null}
        </li>
      ))}
    </ul>
  );
}
