import { useEffect, useState } from 'preact/hooks';

/** The time, refreshed every `ms`: for waits that tick while on screen. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
