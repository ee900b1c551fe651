import { useId, useState } from 'preact/hooks';
import type { AgentProfile } from '../protocol/agent.ts';
import type { Language } from '../protocol/language.ts';
import { AvatarField } from './AvatarField.tsx';
import { AVATAR_TEXTS } from './avatar-texts.ts';
import { Modal } from './Modal.tsx';

interface Props {
  lang: Language;
  agent: AgentProfile;
}

/** The header's 我的头像: every agent sets their own photo here; admins also on 坐席. */
export function ProfileButton({ lang, agent }: Props) {
  const tx = AVATAR_TEXTS[lang];
  const titleId = useId();
  const [open, setOpen] = useState(false);
  // The session's profile was read at sign-in: the dialog remembers what was saved since.
  const [avatar, setAvatar] = useState(agent.avatar);
  return (
    <>
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        {tx.myPhoto}
      </button>
      {open && (
        <Modal titleId={titleId} title={tx.myPhoto} onClose={() => setOpen(false)}>
          <AvatarField
            lang={lang}
            agentId={agent.id}
            name={agent.name}
            avatar={avatar}
            onChange={setAvatar}
          />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setOpen(false)}>
              {tx.close}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
