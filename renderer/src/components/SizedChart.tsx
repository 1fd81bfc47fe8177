import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A chart box as wide as its container, measured before the first paint, so the chart draws in the same frame as the
 * rest of the view (Recharts' ResponsiveContainer waits for a ResizeObserver callback: one more frame and one more
 * render of every chart). Later size changes (window resized) still re-measure.
 */
export function SizedChart({ height, children }: { height: number; children: (width: number) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = (): void => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} style={{ width: '100%', height }}>
      {width ? children(width) : null}
    </div>
  );
}
