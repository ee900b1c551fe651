import type { Language } from '../../protocol/language.ts';
import { TEXTS as WIDGET_TEXTS } from '../../widget/chat/i18n.ts';
import { Markdown } from '../../widget/chat/Markdown.tsx';
import type { KbTexts } from './i18n.ts';
import './preview.css';

interface Props {
  tx: KbTexts;
  /** The visitors' language: the bot's name above the bubble is in it. */
  lang: Language;
  answer: string;
}

/** The answer as the chat window draws a bot reply: the widget's own renderer and bubble. */
export function AnswerPreview({ tx, lang, answer }: Props) {
  return (
    <section class="kb-card kb-preview" aria-labelledby="kb-preview-title">
      <h3 id="kb-preview-title">{tx.preview}</h3>
      <div class="kb-chat">
        {answer.trim() ? (
          <div class="kb-bot">
            <span class="kb-who">{WIDGET_TEXTS[lang].bot}</span>
            <div class="kb-bubble">
              <Markdown src={answer} />
            </div>
          </div>
        ) : (
          <p class="kb-muted">{tx.previewEmpty}</p>
        )}
      </div>
    </section>
  );
}
