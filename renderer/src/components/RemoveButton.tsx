/** The "Remove" action of a hand-added device card; renders nothing for detected hardware. */
export function RemoveButton({ onRemove }: { onRemove?: () => void }) {
  if (!onRemove) return null;
  return (
    <button type="button" className="ghost" onClick={onRemove}>
      Remove
    </button>
  );
}
