import { srParts } from '../i18n/sr-parts';

/** A translated text whose `<sr>…</sr>` parts are read by screen readers and not shown. */
export function SrText({ text }: { text: string }) {
  return (
    <>
      {srParts(text).map((part, i) =>
        part.sr ? (
          <span key={i} className="sr-only">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
