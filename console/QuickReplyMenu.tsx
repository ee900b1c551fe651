import type { QuickReply } from '../protocol/desk.ts';
import type { Texts } from './i18n.ts';

interface Props {
  id: string;
  tx: Texts;
  items: QuickReply[];
  active: number;
  onPick: (reply: QuickReply) => void;
}

/** The quick replies matching `/…`; the composer moves `active` and announces it. */
export function QuickReplyMenu({ id, tx, items, active, onPick }: Props) {
  return (
    <ul id={id} class="quick-menu" role="listbox" aria-label={tx.quickReplies}>
      {items.map((reply, i) => (
        <li
          key={reply.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          // Keeps focus (and the caret) in the composer.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(reply)}
        >
          <span class="quick-shortcut">/{reply.shortcut}</span>
          <span class="quick-body">{reply.body}</span>
        </li>
      ))}
    </ul>
  );
}
