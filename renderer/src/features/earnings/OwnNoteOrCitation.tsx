import { useTranslation } from 'react-i18next';
import { ownNote } from './own-note';

/** A figure's source: RigShift's own note in the UI language, or a publisher's citation as published (English). */
export function OwnNoteOrCitation({ source }: { source: string }) {
  const { t } = useTranslation();
  const own = ownNote(source);
  if (own) return <span className="muted">{t(`earnings.assumptions.ownNotes.${own}`)}</span>;
  return (
    <cite className="muted source-citation" lang="en">
      {source.slice(0, 80)}
    </cite>
  );
}
