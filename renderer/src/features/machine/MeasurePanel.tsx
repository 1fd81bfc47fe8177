import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelSourceSchema, type LocalModel } from '../../../../shared/bench/local-model';
import { api } from '../../api/client';
import { useFormat } from '../../i18n/use-format';
import type { MeasureState } from './use-measure';

const SOURCES = ModelSourceSchema.options;

/**
 * "Measure a model on this machine": a button first (nothing is looked for, on disk or at a local Ollama, until it is
 * pressed), then the models found, grouped by source, with Measure, its phase and Cancel.
 */
export function MeasurePanel({ state }: { state: MeasureState }) {
  const { t } = useTranslation();
  return (
    <section className="card measure-panel" aria-label={t('measure.title')}>
      <h3>{t('measure.title')}</h3>
      <p className="muted">{t('measure.intro')}</p>
      {state.open ? (
        <MeasureForm state={state} />
      ) : (
        <button type="button" onClick={state.openPanel}>
          {t('measure.open')}
        </button>
      )}
    </section>
  );
}

function MeasureForm({ state }: { state: MeasureState }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [chosen, setChosen] = useState('');
  const [desktop, setDesktop] = useState(false);
  useEffect(() => {
    let live = true;
    api.getAppInfo({}).then((info) => live && setDesktop(info.modelPicker === true), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const models = state.models ?? [];
  const selected = models.some((m) => m.path === chosen) ? chosen : (models[0]?.path ?? '');
  const size = (bytes: number): string => (bytes < 1e9 ? `${fmt.number(bytes / 1e6, 1)} MB` : `${fmt.number(bytes / 1e9, 2)} GB`);
  const label = (m: LocalModel): string => (m.fileBytes === null ? t('measure.optionNoSize', { name: m.name, quant: m.quant }) : t('measure.option', { name: m.name, quant: m.quant, size: size(m.fileBytes) }));
  const percent = state.progress?.percent ?? 0;
  return (
    <>
      {state.models === null ? <p className="muted">{t('measure.looking')}</p> : models.length === 0 ? <p className="muted">{t('measure.none')}</p> : null}
      <div className="measure-row">
        {models.length > 0 ? (
          <label>
            {t('measure.model')}{' '}
            <select value={selected} disabled={state.running} onChange={(e) => setChosen(e.target.value)}>
              {SOURCES.map((source) => {
                const group = models.filter((m) => m.source === source);
                return group.length === 0 ? null : (
                  <optgroup key={source} label={t(`measure.groups.${source}`)}>
                    {group.map((m) => (
                      <option key={m.path} value={m.path}>
                        {label(m)}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </label>
        ) : null}
        {desktop ? (
          <button type="button" className="ghost" disabled={state.running} onClick={() => void state.pick().then((m) => m && setChosen(m.path))}>
            {t('measure.pick')}
          </button>
        ) : null}
        <button type="button" className="ghost" disabled={state.running || state.models === null} onClick={state.refresh}>
          {t('measure.refresh')}
        </button>
        {state.running ? (
          <button type="button" className="ghost" onClick={state.cancel}>
            {t('common.cancel')}
          </button>
        ) : (
          <button type="button" disabled={selected === ''} onClick={() => state.start(selected)}>
            {t('measure.start')}
          </button>
        )}
      </div>
      {state.running ? (
        <div className="scanbar measure-progress">
          <div className="progress" role="progressbar" aria-label={t('measure.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
            <div style={{ width: `${Math.max(5, percent)}%` }} />
          </div>
          <span className="muted">{t('measure.progress', { phase: t(`measure.phase.${state.progress?.phase ?? 'loading'}`), percent })}</span>
        </div>
      ) : null}
      {state.result ? (
        <p className="measure-result" role="status">
          {t('measure.done', { model: `${state.result.model.name} ${state.result.model.quant}`, decode: fmt.number(state.result.decodeTokensPerSecond, 2), prompt: fmt.number(state.result.promptTokensPerSecond, 2) })}
        </p>
      ) : null}
      {state.cancelled ? <p className="muted" role="status">{t('measure.cancelled')}</p> : null}
      {state.error ? (
        <p className="error" role="alert">
          {state.error}
        </p>
      ) : null}
    </>
  );
}
