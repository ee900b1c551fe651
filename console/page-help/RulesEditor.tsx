import { useState } from 'preact/hooks';
import type { PageHelpView } from '../../protocol/page-help.ts';
import { saveRules } from './api.ts';
import { EMPTY_RULE, questionsOf, ruleDraft, ruleInput, type RuleDraft } from './draft.ts';
import { FaqPicker } from './FaqPicker.tsx';
import type { PageHelpTexts } from './i18n.ts';
import { RuleFields } from './RuleFields.tsx';
import { ListForm } from './ListForm.tsx';
import { useSaver } from './useSaver.ts';

interface Props {
  tx: PageHelpTexts;
  view: PageHelpView;
}

/** 页面帮助: the ordered rules, edited here and saved together (first match wins). */
export function RulesEditor({ tx, view }: Props) {
  const [drafts, setDrafts] = useState(() => view.rules.map(ruleDraft));
  const [version, setVersion] = useState(view.rulesVersion);
  const [questions, setQuestions] = useState(() => questionsOf(view));
  const saver = useSaver(tx);

  const change = (i: number, edit: Partial<RuleDraft>) =>
    setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...edit } : d)));
  const move = (i: number, by: -1 | 1) => {
    setDrafts((list) => {
      const next = [...list];
      const [rule] = next.splice(i, 1);
      if (rule) next.splice(i + by, 0, rule);
      return next;
    });
    // The button may now be gone (first or last place): keep focus on the moved rule.
    requestAnimationFrame(() => document.getElementById(`rules-${i + by}-pattern`)?.focus());
  };
  const loaded = (v: PageHelpView) => {
    setDrafts(v.rules.map(ruleDraft));
    setVersion(v.rulesVersion);
    setQuestions(questionsOf(v));
  };

  return (
    <ListForm
      tx={tx}
      name="rules"
      title={tx.rulesTitle}
      intro={tx.rulesIntro}
      empty={drafts.length === 0 ? tx.noRules : null}
      addLabel={tx.addRule}
      saveLabel={tx.saveRules}
      saver={saver}
      onAdd={() => setDrafts((list) => [...list, { ...EMPTY_RULE }])}
      onSave={() =>
        void saver.run(() => saveRules({ version, rules: drafts.map(ruleInput) }), loaded)
      }
    >
      {drafts.map((d, i) => (
        <fieldset key={d.id ?? `new-${i}`} class="page-help-item">
          <legend>{tx.rule(i + 1)}</legend>
          <RuleFields
            tx={tx}
            prefix={`rules-${i}`}
            draft={d}
            invalid={saver.invalid}
            onChange={(edit) => change(i, edit)}
          />
          <FaqPicker
            tx={tx}
            idPrefix={`rules-${i}`}
            ids={d.faqIds}
            questions={questions}
            invalid={saver.invalid === `rules-${i}-faqIds`}
            onChange={(faqIds, picked) => {
              if (picked) setQuestions((q) => new Map(q).set(picked.id, picked.question));
              change(i, { faqIds });
            }}
          />
          <div class="desk-actions">
            {i > 0 && (
              <button
                type="button"
                class="secondary"
                aria-label={tx.moveUp(i + 1)}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
            )}
            {i < drafts.length - 1 && (
              <button
                type="button"
                class="secondary"
                aria-label={tx.moveDown(i + 1)}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
            )}
            <button
              type="button"
              class="secondary"
              aria-label={tx.removeRule(i + 1)}
              onClick={() => setDrafts((list) => list.filter((_, j) => j !== i))}
            >
              {tx.remove}
            </button>
          </div>
        </fieldset>
      ))}
    </ListForm>
  );
}
