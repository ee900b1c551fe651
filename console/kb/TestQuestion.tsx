import { useRef, useState } from 'preact/hooks';
import type { FaqTestResult } from '../../protocol/faq-admin.ts';
import { testFaqQuestion } from './api.ts';
import type { KbTexts } from './i18n.ts';
import { TestResult } from './TestResult.tsx';
import { useFocusIfLost } from './useFocusIfLost.ts';

/** Asks the live matcher how it would treat a question, without a visitor or the statistics. */
export function TestQuestion({ tx }: { tx: KbTexts }) {
  const [question, setQuestion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [result, setResult] = useState<FaqTestResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useFocusIfLost(heading);

  async function run(): Promise<void> {
    setError('');
    if (!question.trim()) {
      setError(tx.testEmpty);
      input.current?.focus();
      return;
    }
    setBusy(true);
    const res = await testFaqQuestion(question);
    setBusy(false);
    if (res.ok) setResult(res.data);
    else setError(tx.problems[res.problem]);
  }

  return (
    <section class="kb-test" aria-labelledby="kb-test-title">
      <h2 id="kb-test-title" ref={heading} tabIndex={-1}>
        {tx.tabTest}
      </h2>
      <p class="kb-muted">{tx.testIntro}</p>
      <form
        class="kb-test-form"
        aria-labelledby="kb-test-title"
        aria-busy={busy}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void run();
        }}
      >
        <label for="kb-test-question">{tx.testQuestion}</label>
        <div class="kb-row">
          <input
            id="kb-test-question"
            ref={input}
            value={question}
            maxLength={500}
            aria-invalid={error === tx.testEmpty}
            aria-describedby="kb-test-error"
            onInput={(e) => setQuestion(e.currentTarget.value)}
          />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? tx.testing : tx.testRun}
          </button>
        </div>
        <p id="kb-test-error" class="alert" role="alert">
          {error}
        </p>
      </form>
      <p class="sr" role="status">
        {result ? tx.decisions[result.decision] : ''}
      </p>
      {result && <TestResult tx={tx} result={result} />}
    </section>
  );
}
