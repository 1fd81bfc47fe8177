import { useRef, useState, type DragEvent } from 'react';

/** Import a rig report made on a headless rig: file picker or drag and drop, one or several files. */
export function ImportPanel({ onFile }: { onFile: (file: File) => Promise<void> }) {
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
      aria-label="Import rig reports"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h3>Import a rig</h3>
      <p className="muted small">
        On a rig without a display run <code>npm run cli -- scan --out rig.json</code>, copy the file here, then drop it on this box or pick it.
      </p>
      <input ref={input} type="file" accept=".json,application/json" multiple className="sr-only" aria-label="Rig report files" onChange={(e) => void take(e.target.files).then(() => e.target.value = '')} />
      <button type="button" onClick={() => input.current?.click()}>
        Choose rig report…
      </button>
    </section>
  );
}
