import type { HandoffRequestInput } from '../../protocol/schemas/visitor.ts';
import type { Availability } from '../../protocol/visitor.ts';
import type { ChatClient } from './client.ts';
import { newClientId } from './pending.ts';
import { ACK_MS } from './timeouts.ts';

/** The leave-a-message form: why it opened (null: from a notice's button), whether it was sent. */
export interface LeaveForm {
  reason: Availability['reason'];
  sent: boolean;
}

/**
 * Asking for a person: the 转人工 buttons, the department picker and the leave-a-message form
 * they may lead to. (What the forms send lives with the forms, in form-actions.ts.)
 */
export class Desk {
  constructor(private readonly client: ChatClient) {}

  /**
   * 转人工: first asks whether anyone can answer, so a closed or empty desk offers the
   * leave-a-message form instead of a queue nobody works, the pre-chat form when the visitor has
   * it to fill in, and the picker when the desk has it on. If that question gets no answer, the
   * request goes ahead: the server decides.
   */
  async askForPerson(): Promise<void> {
    const { socket } = this.client;
    if (!socket.connected) return this.client.update({ error: 'unavailable' });
    const ack = await socket
      .timeout(ACK_MS)
      .emitWithAck('availability.get', {})
      .catch(() => null);
    const now = ack?.ok ? ack.data : null;
    if (now && !now.available) return this.openLeaveForm(now.reason);
    if (now?.preChat) return this.client.update({ preChat: now, leave: null });
    if (now?.departments?.length) {
      return this.client.update({ departments: now.departments, leave: null });
    }
    this.handoff();
  }

  handoff(departmentId?: string): void {
    const { socket } = this.client;
    this.client.update({ departments: null });
    if (!socket.connected) return this.client.update({ error: 'unavailable' });
    const input: HandoffRequestInput = { clientId: newClientId() };
    if (departmentId) input.departmentId = departmentId;
    socket.timeout(ACK_MS).emit('handoff.request', input, (err, ack) => {
      if (err) return this.client.update({ error: 'unavailable' });
      if (ack.ok) return this.client.merge([ack.data]);
      this.client.update({ error: ack.error.code === 'rate_limited' ? 'tooFast' : 'unavailable' });
    });
  }

  openLeaveForm(reason: LeaveForm['reason'] = null): void {
    this.client.update({ leave: { reason, sent: false }, departments: null });
  }

  closeForms(): void {
    this.client.update({ leave: null, departments: null });
  }
}
