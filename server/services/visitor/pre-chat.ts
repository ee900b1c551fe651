import type { Availability, PreChatField, VisitorIdentity } from '../../../protocol/index.ts';
import { presentDepartment } from '../../presenters/desk.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { availability } from '../desk/availability.ts';

type Contact = 'name' | 'phone' | 'email';
const isContact = (f: PreChatField): f is { key: Contact; required: boolean } =>
  f.key === 'name' || f.key === 'phone' || f.key === 'email';

/** A contact field the verified record already answers: never asked, so never overwritten. */
const known = (identity: VisitorIdentity | null, f: PreChatField) =>
  isContact(f) && identity?.verified === true && identity[f.key] !== null;

/**
 * The pre-chat fields this visitor is still to fill in; null when none: the form is off, they
 * filled it in before (any tab, any device of a verified customer), or they are a verified
 * customer whose record has every contact field the form asks for.
 */
export async function preChatAsked(
  deps: Pick<ServiceDeps, 'store' | 'widget'>,
  visitorId: string,
): Promise<PreChatField[] | null> {
  const { enabled, fields } = deps.widget.current.preChat;
  if (!enabled || (await deps.store.visitorIdentity.preChat(visitorId))) return null;
  const identity = await deps.store.visitorIdentity.get(visitorId);
  if (identity?.verified && fields.filter(isContact).every((f) => known(identity, f))) {
    return null;
  }
  return fields.filter((f) => !known(identity, f));
}

/**
 * `availability.get`: whether a person can answer now and, for this visitor, the pre-chat form
 * to fill in first; a form that asks for the department lists them all, picker or not.
 */
export async function visitorAvailability(
  deps: Pick<ServiceDeps, 'store' | 'widget' | 'clock'>,
  actor: VisitorActor,
): Promise<Availability> {
  const now = await availability(deps, deps.clock.now());
  const preChat = await preChatAsked(deps, actor.visitorId);
  if (!preChat) return now;
  const asksDepartment = preChat.some((f) => f.key === 'department');
  const departments =
    now.departments ??
    (asksDepartment ? (await deps.store.departments.list()).map(presentDepartment) : null);
  return { ...now, departments, preChat };
}
