import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * A new view replaced the one that had focus (after "create", "delete" or a link): focus
 * its heading, so keyboard and screen-reader users start at the top of it, not at <body>.
 */
export function useFocusIfLost(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus();
  }, []);
}
