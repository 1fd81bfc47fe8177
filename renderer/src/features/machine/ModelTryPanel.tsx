import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { llmModels, onRequestModels, quantFormats, type QuantId } from '../../../../shared/judge/data/llm-models';
import { useFormat } from '../../i18n/use-format';
import { ModelTryResult } from './ModelTryResult';
import { CUSTOM, SHAPE_FIELDS, type TryTarget, useModelTry } from './use-model-try';

const MODELS = [...llmModels, ...onRequestModels];
const SHAPE_LABEL = { paramsB: 'params', activeParamsB: 'activeParams', layers: 'layers', kvHeads: 'kvHeads', headDim: 'headDim' } as const;

/** "Try a model": a model picker (searchable, or a custom shape), a quant picker, a context slider and a prompt length, judged live. */
export function ModelTryPanel({ targets, name }: { targets: TryTarget[]; name: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const s = useModelTry(targets);
  const [search, setSearch] = useState('');
  const shown = MODELS.filter((m) => m.id === s.modelId || `${m.id} ${m.label}`.toLowerCase().includes(search.trim().toLowerCase()));
  return (
    <details className="try-model" aria-label={t('tryModel.label', { name })}>
      <summary>{t('tryModel.title')}</summary>
      <p className="muted">{t('tryModel.intro')}</p>
      <div className="try-pickers">
        <label>
          {t('tryModel.search')}
          <input aria-label={t('tryModel.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} maxLength={60} />
        </label>
        <label>
          {t('tryModel.model')}
          <select aria-label={t('tryModel.model')} value={s.modelId} onChange={(e) => s.setModelId(e.target.value)}>
            {shown.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
            <option value={CUSTOM}>{t('tryModel.custom')}</option>
          </select>
        </label>
        {s.modelId === CUSTOM
          ? SHAPE_FIELDS.map((f) => (
              <label key={f}>
                {t(`tryModel.${SHAPE_LABEL[f]}`)}
                <input aria-label={t(`tryModel.${SHAPE_LABEL[f]}`)} type="number" min={0} step="any" value={s.shape[f]} onChange={(e) => s.setShape(f, e.target.value)} />
              </label>
            ))
          : null}
        <label>
          {t('tryModel.quant')}
          <select aria-label={t('tryModel.quant')} value={s.quant} onChange={(e) => s.setQuant(e.target.value as QuantId)}>
            {Object.values(quantFormats).map((q) => (
              <option key={q.id} value={q.id}>
                {t('tryModel.quantOption', { id: q.id, bits: fmt.number(q.bitsPerWeight, 2) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tryModel.context')}: <output>{t('tryModel.contextValue', { tokens: fmt.number(s.context, 0) })}</output>
          <input
            type="range"
            aria-label={t('tryModel.context')}
            min={0}
            max={s.steps.length - 1}
            step={1}
            value={Math.max(0, s.steps.indexOf(s.context))}
            onChange={(e) => s.setContextTokens(s.steps[Number(e.target.value)] ?? s.context)}
            aria-valuetext={t('tryModel.contextValue', { tokens: fmt.number(s.context, 0) })}
          />
        </label>
        <label>
          {t('tryModel.prompt')}
          <input aria-label={t('tryModel.prompt')} type="number" min={1} max={1_000_000} value={s.prompt} onChange={(e) => s.setPrompt(e.target.value)} />
        </label>
      </div>
      {s.results === 'bad-shape' ? (
        <p className="error">{t('tryModel.badShape')}</p>
      ) : (
        <div className="try-results">
          {s.results.map((result, i) => {
            const target = targets[i];
            return target ? <ModelTryResult key={target.key} result={result} target={target} titled={targets.length > 1} /> : null;
          })}
        </div>
      )}
    </details>
  );
}
