import { useState } from 'preact/hooks';
import type { PageHelpView } from '../../protocol/page-help.ts';
import { refusedPath } from '../admin/refusal.ts';
import type { Result } from '../rest.ts';
import { fetchPageHelp } from './api.ts';
import type { PageHelpTexts } from './i18n.ts';

/**
 * The form field a refusal names: `notices.0.link` → `notices-0-link`, and a bilingual text or
 * the bubble's to its Chinese box (`rules.1.bubble.text` → `rules-1-bubbleZh`).
 */
export function fieldOf(path: string[]): string | null {
  const [list, index, field, sub] = path;
  if (!list || index === undefined || !field) return null;
  const name =
    field === 'text' ? 'zh' : field === 'bubble' ? (sub === 'text' ? 'bubbleZh' : sub) : field;
  return name ? `${list}-${index}-${name}` : null;
}

/** Saving one list: busy, what to say, and which field to mark after a refusal. */
export function useSaver(tx: PageHelpTexts) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);

  async function run(
    send: () => Promise<Result<PageHelpView>>,
    done: (view: PageHelpView) => void,
  ): Promise<void> {
    setBusy(true);
    setStatus('');
    setAlert('');
    setInvalid(null);
    const res = await send();
    setBusy(false);
    if (res.ok) {
      done(res.data);
      return setStatus(tx.saved);
    }
    if (res.problem === 'conflict') {
      const fresh = await fetchPageHelp();
      if (fresh.ok) done(fresh.data);
      return setAlert(tx.conflict);
    }
    const path = refusedPath(res);
    const field = path && fieldOf(path);
    setInvalid(field);
    // The server names the field in English; the box it names is marked and focused too.
    setAlert(res.problem === 'invalid_input' ? res.detail : tx.failed);
    if (field) requestAnimationFrame(() => document.getElementById(field)?.focus());
  }

  return { busy, status, alert, invalid, run };
}
