import type { FaqTestResult } from '../../protocol/faq-admin.ts';
import type { KbTexts } from './i18n.ts';
import { hrefOf } from './route.ts';

/** Scores are unbounded; two decimals tell the candidates apart. */
const score = (n: number) => n.toFixed(2);
/** Confidence is calibrated 0–1. */
const percent = (n: number) => `${Math.round(n * 100)}%`;

/** How the matcher read the question (tokens), what the bot would do, and the five nearest entries. */
export function TestResult({ tx, result }: { tx: KbTexts; result: FaqTestResult }) {
  return (
    <div class="kb-test-result">
      <section class="kb-card" aria-labelledby="kb-test-decision">
        <h3 id="kb-test-decision">{tx.decision}</h3>
        <p class={`kb-decision kb-${result.decision}`}>{tx.decisions[result.decision]}</p>
      </section>
      <section class="kb-card" aria-labelledby="kb-test-tokens">
        <h3 id="kb-test-tokens">{tx.tokens}</h3>
        {result.tokens.length === 0 ? (
          <p class="kb-muted">{tx.noTokens}</p>
        ) : (
          <ul class="kb-tokens">
            {result.tokens.map((t, i) => (
              <li key={`${i}-${t}`}>{t}</li>
            ))}
          </ul>
        )}
      </section>
      <section class="kb-card" aria-labelledby="kb-test-top">
        <h3 id="kb-test-top">{tx.topFive}</h3>
        {result.candidates.length === 0 ? (
          <p class="kb-muted">{tx.noCandidates}</p>
        ) : (
          <table class="desk-table" aria-labelledby="kb-test-top">
            <thead>
              <tr>
                <th scope="col" class="kb-num">
                  {tx.colRank}
                </th>
                <th scope="col">{tx.question}</th>
                <th scope="col" class="kb-num">
                  {tx.colScore}
                </th>
                <th scope="col" class="kb-num">
                  {tx.colConfidence}
                </th>
                <th scope="col">{tx.colField}</th>
                <th scope="col">{tx.colMatched}</th>
              </tr>
            </thead>
            <tbody>
              {result.candidates.map((c, i) => (
                <tr key={c.id}>
                  <td class="kb-num">{i + 1}</td>
                  <th scope="row">
                    <a href={hrefOf({ view: 'entry', id: c.id })}>{c.question}</a>
                  </th>
                  <td class="kb-num">{score(c.score)}</td>
                  <td class="kb-num">{percent(c.confidence)}</td>
                  <td>{tx.matchedFields[c.matchedField]}</td>
                  <td>{c.matchedText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
