import { useRef } from 'preact/hooks';
import type { LeftMessageStatus } from './api.ts';
import type { DeskTexts } from './i18n.ts';

const STATUSES: readonly LeftMessageStatus[] = ['open', 'handled'];

export const tabId = (status: LeftMessageStatus) => `left-tab-${status}`;
export const PANEL_ID = 'left-panel';

/**
 * ARIA tabs: Tab reaches the chosen one, the arrow keys (and Home / End) move between them
 * and choose at once, as the WAI-ARIA tabs pattern describes.
 */
export function StatusTabs({
  tx,
  status,
  onChoose,
}: {
  tx: DeskTexts;
  status: LeftMessageStatus;
  onChoose: (status: LeftMessageStatus) => void;
}) {
  const refs = useRef<Partial<Record<LeftMessageStatus, HTMLButtonElement | null>>>({});
  const names = { open: tx.tabOpen, handled: tx.tabHandled };

  function move(key: string): void {
    const at = STATUSES.indexOf(status);
    const to =
      key === 'Home'
        ? 0
        : key === 'End'
          ? STATUSES.length - 1
          : key === 'ArrowRight'
            ? at + 1
            : at - 1;
    const next = STATUSES[(to + STATUSES.length) % STATUSES.length];
    if (!next) return;
    onChoose(next);
    refs.current[next]?.focus();
  }

  return (
    <div class="desk-tabs" role="tablist" aria-label={tx.tabsLabel}>
      {STATUSES.map((s) => (
        <button
          key={s}
          ref={(el) => {
            refs.current[s] = el;
          }}
          id={tabId(s)}
          type="button"
          role="tab"
          aria-selected={s === status}
          aria-controls={PANEL_ID}
          tabIndex={s === status ? 0 : -1}
          onClick={() => onChoose(s)}
          onKeyDown={(e) => {
            if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
            e.preventDefault();
            move(e.key);
          }}
        >
          {names[s]}
        </button>
      ))}
    </div>
  );
}
