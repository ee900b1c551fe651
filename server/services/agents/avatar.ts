import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { AVATAR_MAX_BYTES, AVATAR_TYPES } from '../../../protocol/index.ts';
import type { AgentRow } from '../../store/types.ts';
import { newId } from '../../ids.ts';
import { detectType } from '../attachments/detect.ts';
import type { Upload } from '../attachments/receive.ts';
import { AttachmentRefused } from '../attachments/refused.ts';
import { spool } from '../attachments/spool.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

type Deps = Pick<ServiceDeps, 'store' | 'files'>;

/** An agent changes their own photo; an admin anyone's. */
function mayChange(actor: AgentRow, agentId: string): void {
  if (actor.id !== agentId && actor.role !== 'admin') {
    throw new ServiceError('forbidden', "Only an admin may change another agent's photo.");
  }
}

/** Photos are images only: the attachments' checks (type from the bytes, matching the name). */
const IMAGES = { kinds: ['image' as const], maxMb: AVATAR_MAX_BYTES / 1_000_000 };

/**
 * Stores a new profile photo under a new key and then drops the old file, so a widget that
 * still shows the old key's URL keeps getting a whole image until it learns the new one.
 */
export async function setAgentAvatar(
  deps: Deps,
  actor: AgentRow,
  agentId: string,
  upload: Pick<Upload, 'name' | 'body' | 'length'>,
): Promise<{ avatar: string }> {
  mayChange(actor, agentId);
  if (upload.length !== undefined && upload.length > AVATAR_MAX_BYTES) {
    throw new AttachmentRefused(
      'too_large',
      'The photo is larger than 0.5 MB, the largest allowed.',
    );
  }
  const spooled = await spool(upload.body, AVATAR_MAX_BYTES);
  try {
    const { type } = await detectType(spooled.path, upload.name, IMAGES);
    if (!(AVATAR_TYPES as readonly string[]).includes(type)) {
      throw new AttachmentRefused('type_not_allowed', 'A photo must be PNG, JPEG or WebP.');
    }
    const key = newId();
    await deps.files.put(key, createReadStream(spooled.path));
    const before = await deps.store.agents.setAvatar(agentId, { key, type });
    if (before === false) {
      await deps.files.delete([key]);
      throw new ServiceError('not_found', 'No such account.');
    }
    if (before) await deps.files.delete([before.key]);
    return { avatar: key };
  } finally {
    await spooled.discard();
  }
}

export async function removeAgentAvatar(
  deps: Deps,
  actor: AgentRow,
  agentId: string,
): Promise<void> {
  mayChange(actor, agentId);
  const before = await deps.store.agents.setAvatar(agentId, null);
  if (before === false) throw new ServiceError('not_found', 'No such account.');
  if (before) await deps.files.delete([before.key]);
}

/** A photo for anyone to see, while its agent is active; null otherwise. */
export async function openAvatar(
  deps: Deps,
  key: string,
): Promise<{ type: string; size: number; body: Readable } | null> {
  const avatar = await deps.store.agents.avatarByKey(key);
  if (!avatar || avatar.disabled) return null;
  const file = await deps.files.get(key);
  return file && { type: avatar.type, ...file };
}
