import { useRef, useState, type DragEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';

/** Import a rig report made on a headless rig: file picker or drag and drop, one or several files. */
export function ImportPanel({ onFile }: { onFile: (file: File) => Promise<void> }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = async (files: FileList | null) => {
    for (const file of Array.from(files ?? []).slice(0, 20)) await onFile(file);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files);
  };
  return (
    <section
      className={`panel import-drop${over ? ' over' : ''}`}
      aria-label={t('inventory.import.label')}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h3>{t('inventory.import.title')}</h3>
      <p className="muted small">
        <Trans t={t} i18nKey="inventory.import.how" values={{ command: 'npm run cli -- scan --out rig.json' }} components={{ code: <code /> }} />
      </p>
      <input ref={input} type="file" accept=".json,application/json" multiple className="sr-only" aria-label={t('inventory.import.files')} onChange={(e) => void take(e.target.files).then(() => e.target.value = '')} />
      <button type="button" onClick={() => input.current?.click()}>
        {t('inventory.import.choose')}
      </button>
    </section>
  );
}
