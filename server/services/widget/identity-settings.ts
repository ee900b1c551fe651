import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { IdentitySettings } from '../../../protocol/index.ts';
import { identitySettingsSchema } from '../../../protocol/schemas/identity.ts';
import type { ServiceDeps } from '../deps.ts';

const KEYS = { secret: 'identity.secret', priorityTiers: 'identity.priorityTiers' } as const;
const SECRET = /^[0-9a-f]{64}$/;

const newSecret = () => randomBytes(32).toString('hex');

/**
 * At start-up: the stored identity settings, making the site secret on first start. It never
 * leaves the server but through the admin's widget page.
 */
export async function loadIdentitySettings(
  deps: Pick<ServiceDeps, 'store'>,
  at: string,
): Promise<IdentitySettings> {
  const stored = await deps.store.settings.get(KEYS.secret);
  let secret = typeof stored === 'string' && SECRET.test(stored) ? stored : null;
  if (!secret) {
    secret = newSecret();
    await deps.store.settings.set({ [KEYS.secret]: secret }, at);
  }
  const tiers = identitySettingsSchema.shape.priorityTiers.safeParse(
    await deps.store.settings.get(KEYS.priorityTiers),
  );
  return { secret, priorityTiers: tiers.success ? tiers.data : [] };
}

export function getIdentitySettings(deps: Pick<ServiceDeps, 'widget'>): IdentitySettings {
  return deps.widget.identity;
}

/** The tiers served first (compared without case); chats queued from now on follow them. */
export async function saveIdentitySettings(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'events'>,
  input: z.output<typeof identitySettingsSchema>,
): Promise<IdentitySettings> {
  const priorityTiers = [...new Set(input.priorityTiers.map((t) => t.toLowerCase()))];
  await deps.store.settings.set(
    { [KEYS.priorityTiers]: priorityTiers },
    deps.clock.now().toISOString(),
  );
  deps.widget.identity = { ...deps.widget.identity, priorityTiers };
  deps.events.emit('widget.changed', { part: 'identity' });
  return deps.widget.identity;
}

/** A new secret: signatures made with the old one are refused from now on. */
export async function regenerateSecret(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'events'>,
): Promise<IdentitySettings> {
  const secret = newSecret();
  await deps.store.settings.set({ [KEYS.secret]: secret }, deps.clock.now().toISOString());
  deps.widget.identity = { ...deps.widget.identity, secret };
  deps.events.emit('widget.changed', { part: 'identity' });
  return deps.widget.identity;
}
