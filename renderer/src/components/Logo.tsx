/** A GPU card turning into a spark: the product mark, drawn inline (no remote content). */
export function Logo() {
  return (
    <svg className="logo" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="2" y="6" width="16" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="8" cy="11.5" r="2.5" fill="currentColor" />
      <path d="M20 4l1.2 2.6L24 7.8l-2.8 1.2L20 11.6l-1.2-2.6L16 7.8l2.8-1.2z" fill="currentColor" />
      <path d="M5 17v3M11 17v3" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
