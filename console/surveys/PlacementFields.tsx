import { useState } from 'preact/hooks';
import { surveyLink } from './api.ts';
import type { SurveyDraft } from './draft.ts';
import { PAGES_ID } from './field-ids.ts';
import type { SurveysTexts } from './i18n.ts';

interface Props {
  tx: SurveysTexts;
  draft: SurveyDraft;
  /** null until the survey is saved: only then it has a link. */
  surveyId: string | null;
  pagesError: string;
  onChange: (change: Partial<Pick<SurveyDraft, 'afterChat' | 'pages' | 'link'>>) => void;
}

/** Where the survey shows: after a chat, on pages matching patterns, by its link. */
export function PlacementFields({ tx, draft, surveyId, pagesError, onChange }: Props) {
  return (
    <fieldset class="desk-card sv-placement">
      <legend>{tx.placement}</legend>
      <label class="sv-check">
        <input
          type="checkbox"
          checked={draft.afterChat}
          onChange={(e) => onChange({ afterChat: e.currentTarget.checked })}
        />
        {tx.afterChat}
      </label>
      <div class="desk-field">
        <label for={PAGES_ID}>{tx.pages}</label>
        <textarea
          id={PAGES_ID}
          rows={3}
          value={draft.pages}
          spellcheck={false}
          aria-invalid={pagesError !== ''}
          aria-describedby={`${PAGES_ID}-hint ${PAGES_ID}-error`}
          onInput={(e) => onChange({ pages: e.currentTarget.value })}
        />
        <small id={`${PAGES_ID}-hint`}>{tx.pagesHint}</small>
        <p id={`${PAGES_ID}-error`} class="desk-field-error" role="alert">
          {pagesError}
        </p>
      </div>
      <label class="sv-check">
        <input
          type="checkbox"
          checked={draft.link}
          onChange={(e) => onChange({ link: e.currentTarget.checked })}
        />
        {tx.link}
      </label>
      {draft.link &&
        (surveyId ? (
          <CopyLink tx={tx} link={surveyLink(surveyId)} />
        ) : (
          <p class="desk-muted">{tx.linkAfterSave}</p>
        ))}
    </fieldset>
  );
}

/** The link in a read-only box and a button that copies it; without the clipboard, it is selected. */
function CopyLink({ tx, link }: { tx: SurveysTexts; link: string }) {
  const [said, setSaid] = useState('');

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      setSaid(tx.copied);
    } catch {
      // No clipboard (an http:// page, or permission refused): the admin copies it by hand.
      const box = document.getElementById('sv-link');
      if (box instanceof HTMLInputElement) box.select();
      setSaid(tx.copyFailed);
    }
  }

  return (
    <div class="desk-field sv-link">
      <label for="sv-link">{tx.linkLabel}</label>
      <div class="desk-row">
        <input id="sv-link" value={link} readOnly />
        <button type="button" class="secondary" onClick={() => void copy()}>
          {tx.copy}
        </button>
      </div>
      <p class="desk-muted" role="status">
        {said}
      </p>
    </div>
  );
}
