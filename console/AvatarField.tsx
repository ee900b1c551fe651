import { useId, useState } from 'preact/hooks';
import { AVATAR_MAX_BYTES, AVATAR_TYPES, avatarPath } from '../protocol/agent.ts';
import { ATTACHMENT_UPLOAD_TYPE } from '../protocol/attachments.ts';
import type { Language } from '../protocol/language.ts';
import { AVATAR_TEXTS } from './avatar-texts.ts';
import { requestEmpty } from './rest.ts';
import './avatar.css';

interface Props {
  lang: Language;
  agentId: string;
  name: string;
  avatar: string | null;
  onChange?: (avatar: string | null) => void;
}

type Outcome = 'saved' | 'removed' | 'tooLarge' | 'badType' | 'failed';
const BY_STATUS: Record<number, Outcome> = { 413: 'tooLarge', 415: 'badType' };

const photoUrl = (agentId: string) => `/api/agents/${encodeURIComponent(agentId)}/avatar`;

/**
 * An agent's profile photo (头像), as visitors will see it, with upload and remove. Too large
 * or not an image is said before sending; the server checks the bytes again.
 */
export function AvatarField({ lang, agentId, name, avatar: initial, onChange }: Props) {
  const tx = AVATAR_TEXTS[lang];
  const id = useId();
  const [avatar, setAvatar] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const done = (next: string | null, said: Outcome) => {
    setAvatar(next);
    setOutcome(said);
    onChange?.(next);
  };

  async function upload(file: File): Promise<void> {
    if (file.size > AVATAR_MAX_BYTES) return setOutcome('tooLarge');
    if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return setOutcome('badType');
    setBusy(true);
    try {
      const query = new URLSearchParams({ name: file.name || 'photo' });
      const res = await fetch(`${photoUrl(agentId)}?${query}`, {
        method: 'PUT',
        headers: { 'Content-Type': ATTACHMENT_UPLOAD_TYPE },
        body: file,
      });
      if (res.ok) done(((await res.json()) as { avatar: string }).avatar, 'saved');
      else setOutcome(BY_STATUS[res.status] ?? 'failed');
    } catch {
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  }

  async function remove(): Promise<void> {
    setBusy(true);
    const result = await requestEmpty('DELETE', photoUrl(agentId));
    setBusy(false);
    if (result.ok) done(null, 'removed');
    else setOutcome('failed');
  }

  const refused = outcome && outcome !== 'saved' && outcome !== 'removed';
  return (
    <div class="avatar-field" role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} class="sr">
        {tx.title(name)}
      </span>
      {avatar ? (
        <img class="avatar-photo" src={avatarPath(avatar)} alt={tx.title(name)} />
      ) : (
        <span class="avatar-photo avatar-initial" role="img" aria-label={tx.none}>
          {name.slice(0, 1)}
        </span>
      )}
      <div>
        <label class="secondary avatar-choose" aria-disabled={busy}>
          {tx.choose}
          <input
            type="file"
            class="sr"
            accept={AVATAR_TYPES.join(',')}
            disabled={busy}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void upload(file);
            }}
          />
        </label>{' '}
        {avatar && (
          <button type="button" class="secondary" disabled={busy} onClick={() => void remove()}>
            {tx.remove}
          </button>
        )}
        <p id={`${id}-hint`} class="hint">
          {tx.hint}
        </p>
        <p class={refused ? 'alert' : 'hint'} role={refused ? 'alert' : 'status'}>
          {outcome ? tx[outcome] : ''}
        </p>
      </div>
    </div>
  );
}
