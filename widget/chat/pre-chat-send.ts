import type { PreChatField } from '../../protocol/pre-chat.ts';
import type { PreChatSendInput } from '../../protocol/schemas/visitor.ts';
import type { ChatClient } from './client.ts';
import type { FormTexts } from './form-texts.ts';
import { ACK_MS } from './timeouts.ts';

/** A field of the form by name: a built-in key, or `custom.<id>`. */
export const fieldName = (f: PreChatField) => (f.key === 'custom' ? `custom.${f.id}` : f.key);

export type Answers = Record<string, string>;

/** The server's phone and e-mail rules (protocol/schemas/visitor.ts), checked before sending. */
const FORMAT: Partial<Record<string, RegExp>> = {
  phone: /^\+?[0-9][0-9 ()-]{5,19}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/** The first field the visitor must fix, with why; null when the form can go. */
export function firstProblem(
  fields: PreChatField[],
  answers: Answers,
  ft: FormTexts,
): { field: string; text: string } | null {
  for (const f of fields) {
    const name = fieldName(f);
    const value = answers[name]?.trim() ?? '';
    if (f.required && !value) return { field: name, text: ft.preRequired };
    if (value && FORMAT[name] && !FORMAT[name].test(value)) {
      return { field: name, text: name === 'phone' ? ft.badPhone : ft.badEmail };
    }
  }
  return null;
}

/** The field a server's `invalid_input` message (`fields.phone: …`, `custom.<id>: …`) names. */
export function refusedName(message: string): string | null {
  const name = /^(?:fields\.)?([\w.-]+?):/.exec(message)?.[1];
  return name === 'departmentId' ? 'department' : (name ?? null);
}

/** What the form sends: only what it asks, without the empty answers. */
export function preChatInput(clientId: string, fields: PreChatField[], answers: Answers) {
  const input: PreChatSendInput = { clientId, fields: {} };
  for (const f of fields) {
    const value = answers[fieldName(f)]?.trim();
    if (!value) continue;
    if (f.key === 'custom') input.fields.custom = { ...input.fields.custom, [f.id]: value };
    else if (f.key === 'department') input.fields.departmentId = value;
    else input.fields[f.key] = value;
  }
  return input;
}

/** Sent, or already filled in (another tab): either way done; else the server's refusal. */
export async function sendPreChat(client: ChatClient, input: PreChatSendInput) {
  const { socket } = client;
  const ack = socket.connected
    ? await socket
        .timeout(ACK_MS)
        .emitWithAck('preChat.send', input)
        .catch(() => null)
    : null;
  if (ack?.ok || ack?.error.code === 'conflict') return null;
  return ack?.error ?? { code: 'internal' as const, message: '' };
}
