import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GpuSpec } from '../../../../shared/catalogue/gpu-spec';
import { GPU_COINS, type GpuCoin } from '../../../../shared/earnings/gpu-coin';
import { gpuMinableCoins } from '../../../../shared/earnings/gpu-mining';
import { MAX_PIN_HASHRATE_HS, type MiningPin } from '../../../../shared/inventory/mining-pin';
import { useFormat } from '../../i18n/use-format';
import { pinUnit } from './mining-pin-units';

interface Props {
  spec: GpuSpec;
  label: string;
  pin: MiningPin | undefined;
  onSave: (pin: MiningPin | null) => Promise<boolean>;
  onClose: () => void;
}

/** Coin (best by default), hashrate in the coin's unit and wall power per card; what is typed is kept as typed. */
export function MiningPinForm({ spec, label, pin, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [coin, setCoin] = useState<GpuCoin | ''>(pin?.coin ?? '');
  const unit = pinUnit(spec, coin, pin?.hashrateHs);
  const [hashrate, setHashrate] = useState(pin?.hashrateHs !== undefined ? format.editable(Number((pin.hashrateHs / unit.scale).toPrecision(6))) : '');
  const [power, setPower] = useState(pin?.wallPowerW !== undefined ? format.editable(pin.wallPowerW) : '');
  const [error, setError] = useState<string | null>(null);
  const read = (text: string): number | null => (text.trim() === '' ? null : format.parse(text.trim()));
  const save = async () => {
    const h = coin ? read(hashrate) : null;
    const w = read(power);
    if (h !== null && !(Number.isFinite(h) && h > 0 && h * unit.scale < MAX_PIN_HASHRATE_HS)) return setError(t('miningPin.invalidHashrate'));
    if (w !== null && !(Number.isFinite(w) && w >= 1 && w <= 5000)) return setError(t('miningPin.invalidPower'));
    const next: MiningPin = { ...(coin ? { coin } : {}), ...(h !== null ? { hashrateHs: h * unit.scale } : {}), ...(w !== null ? { wallPowerW: w } : {}) };
    if (await onSave(Object.keys(next).length ? next : null)) onClose();
  };
  const reset = async () => {
    if (await onSave(null)) onClose();
  };
  return (
    <form className="mining-pin-form" aria-label={t('miningPin.editLabel', { name: label })} onSubmit={(e) => (e.preventDefault(), void save())}>
      <label>
        {t('miningPin.coin')}
        <select value={coin} onChange={(e) => setCoin(e.target.value as GpuCoin | '')}>
          <option value="">{t('miningPin.auto')}</option>
          {gpuMinableCoins(spec).map((c) => (
            <option key={c} value={c}>
              {GPU_COINS[c].name}
            </option>
          ))}
        </select>
      </label>
      <label title={coin ? undefined : t('miningPin.hashrateNeedsCoin')}>
        {t('miningPin.hashrate', { unit: unit.unit })}
        <input type="text" inputMode="decimal" value={hashrate} disabled={!coin} placeholder={unit.tableHs !== null ? t('miningPin.tablePlaceholder', { value: format.number(unit.tableHs / unit.scale, 2) }) : ''} onChange={(e) => setHashrate(e.target.value)} />
      </label>
      <label>
        {t('miningPin.power')}
        <input type="text" inputMode="decimal" value={power} placeholder={unit.tableW !== null ? t('miningPin.tablePlaceholder', { value: format.number(unit.tableW, 0) }) : ''} onChange={(e) => setPower(e.target.value)} />
      </label>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <div className="actions">
        <button type="submit">{t('miningPin.save')}</button>
        <button type="button" onClick={() => void reset()}>
          {t('miningPin.reset')}
        </button>
        <button type="button" className="link" onClick={onClose}>
          {t('miningPin.cancel')}
        </button>
      </div>
    </form>
  );
}
