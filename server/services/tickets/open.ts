import type { TicketDetail } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type { AgentRow, TicketCreateOptions, TicketDraft } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { ServiceError } from '../errors.ts';
import { wallClock } from '../zoned-time.ts';
import { announce, contactsOf } from './commit.ts';
import { presentDetail } from './present.ts';
import { dueFrom } from './hours.ts';

/** What every way of making a ticket fills in; the rest (due time, reference) is worked out. */
export type TicketFields = Pick<
  TicketDraft,
  | 'type'
  | 'priority'
  | 'departmentId'
  | 'ownerId'
  | 'title'
  | 'description'
  | 'customerName'
  | 'customerContact'
  | 'visitorId'
  | 'source'
  | 'conversationId'
  | 'leftMessageId'
>;

export async function existingDepartment(
  deps: Pick<ServiceDeps, 'store'>,
  departmentId: string,
): Promise<string> {
  if (!(await deps.store.departments.get(departmentId))) {
    throw new ServiceError('invalid_input', `departmentId: there is no department ${departmentId}`);
  }
  return departmentId;
}

/** An owner must be an account that can sign in. */
export async function activeOwner(
  deps: Pick<ServiceDeps, 'store'>,
  ownerId: string | null,
): Promise<string | null> {
  if (ownerId === null) return null;
  const owner = await deps.store.agents.get(ownerId);
  if (!owner || owner.disabled) {
    throw new ServiceError('invalid_input', `ownerId: there is no active agent ${ownerId}`);
  }
  return ownerId;
}

/**
 * Stores a new ticket (status new) with its `created` event, due after its type's deadline;
 * the owner and the department's contacts are told. For a left message or a conversation's
 * close the same ticket comes back when it exists already (`created` false).
 */
export async function openTicket(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'events'>,
  actor: AgentRow | null,
  fields: TicketFields,
  handleLeftMessage?: TicketCreateOptions['handleLeftMessage'],
): Promise<{ detail: TicketDetail; created: boolean }> {
  const settings = await getDeskSettings(deps);
  const now = deps.clock.now();
  const at = now.toISOString();
  const dueAt = dueFrom(now, fields.type, settings.tickets);
  const year = Number(wallClock(now, settings.businessHours.timeZone).date.slice(0, 4));
  const { ticket, created } = await deps.store.tickets.create(
    {
      ...fields,
      id: newId(),
      status: 'new',
      createdBy: actor?.id ?? null,
      createdAt: at,
      dueAt,
      resolution: null,
      resolvedAt: null,
      closedAt: null,
      followUp: null,
    },
    {
      kind: 'created',
      actorAgentId: actor?.id ?? null,
      fromStatus: null,
      toStatus: 'new',
      details: {
        source: fields.source,
        type: fields.type,
        priority: fields.priority,
        departmentId: fields.departmentId,
        ownerId: fields.ownerId,
        dueAt,
      },
      at,
    },
    { year, ...(handleLeftMessage && { handleLeftMessage }) },
  );
  if (created) {
    const contacts = await contactsOf(deps, ticket.departmentId);
    await announce(
      deps,
      ticket,
      { reason: 'created', agentIds: [ticket.ownerId, ...contacts] },
      actor?.id ?? null,
    );
  }
  return { detail: await presentDetail(deps, ticket), created };
}

/** A title from free text: its first line, shortened. */
export function titleOf(text: string, fallback: string): string {
  const line = text.trim().split(/\r?\n/)[0]?.trim() ?? '';
  if (!line) return fallback;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
