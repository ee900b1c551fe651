import type { DeskTexts } from './i18n.ts';
import type { Loaded } from './useResource.ts';

/** What a page shows instead of its content while loading, or when loading failed. */
export function LoadState<T>({
  tx,
  state,
  onRetry,
}: {
  tx: DeskTexts;
  state: Exclude<Loaded<T>, { kind: 'ready' }>;
  onRetry: () => void;
}) {
  if (state.kind === 'loading') {
    return (
      <p class="desk-muted" role="status">
        {tx.loading}
      </p>
    );
  }
  return (
    <div class="desk-failed">
      <p class="alert" role="alert">
        {tx.problems[state.failure.problem]}
      </p>
      <button type="button" class="secondary" onClick={onRetry}>
        {tx.retry}
      </button>
    </div>
  );
}
