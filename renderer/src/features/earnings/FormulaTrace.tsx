import { memo } from 'react';
import type { ProjectionInput } from '../../../../shared/earnings/projection';
import { DAYS_PER_MONTH } from '../../../../shared/earnings/constants';
import type { Money } from './money';

const pct = (f: number) => `${Math.round(f * 1000) / 10} %`;

/** The formulas with this projection's inputs filled in, so every number on the page can be checked by hand. */
export const FormulaTrace = memo(function FormulaTrace({ inputs, money }: { inputs: ProjectionInput[]; money: Money }) {
  return (
    <details className="panel trace">
      <summary>How these numbers are computed</summary>
      <p className="muted">A month is {DAYS_PER_MONTH} days; month m (from 0) multiplies difficulty, network hashrate, coin price, rental rate and block reward by (1 + growth)^m. Losses are shown as losses.</p>
      {inputs.map((input, i) => {
        const m = input.mining;
        const r = input.rental;
        return (
          <div key={i} className="trace-item">
            {m && m.coin.kind === 'sha256' ? (
              <p>
                <strong>Mining (Bitcoin)</strong>: BTC/day = {m.coin.hashrateHs.toExponential(3)} H/s × 86,400 × ({m.coin.subsidyBtc} + {m.coin.feesPerBlockBtc}) ÷ ({m.coin.difficulty.toExponential(4)} × 2³²); revenue = BTC/day × (1 − {pct(m.poolFee)} pool fee) ×{' '}
                {money.format(m.priceUsd)}; halving on {m.coin.halvingDate?.toISOString().slice(0, 10) ?? '—'} halves the subsidy for the days after it; power = {m.powerW} W × 24 ÷ 1000 × {money.format(input.electricityPerKwh)}/kWh.
              </p>
            ) : null}
            {m && m.coin.kind === 'network' ? (
              <p>
                <strong>Mining</strong>: coins/day = {m.coin.hashrateHs.toExponential(3)} ÷ {m.coin.networkHashrateHs.toExponential(3)} H/s × {m.coin.blockReward} × 86,400 ÷ {m.coin.blockTimeS} s; revenue = coins/day × (1 − {pct(m.poolFee)}) × {money.format(m.priceUsd)}; block reward changes {pct(m.coin.rewardChange)} a month; power = {m.powerW} W.
              </p>
            ) : null}
            {m && m.coin.kind === 'usd' ? (
              <p>
                <strong>Mining (GPU)</strong>: {money.format(m.coin.usdPerDay)}/day gross (the RTX 4090’s best-coin gross scaled by FP32 TFLOPS); power = {m.powerW} W.
              </p>
            ) : null}
            {r ? (
              <p>
                <strong>Renting</strong>: revenue/day = {money.format(r.pricePerGpuHour)}/GPU-hour × 24 × {pct(r.utilisation)} utilisation × (1 − {pct(r.platformFee)} platform fee) × {r.gpus} GPUs; power = ({r.loadW} W × {pct(r.utilisation)} + {Math.round(r.idleW)} W idle) × {r.gpus} × 24 ÷ 1000 × {money.format(input.electricityPerKwh)}/kWh; rate changes {pct(r.rateChange)} a month.
              </p>
            ) : null}
            {input.resaleUsd !== undefined ? <p><strong>Selling</strong>: {money.format(input.resaleUsd)} once, now (used-market figure).</p> : null}
          </div>
        );
      })}
    </details>
  );
});
