import type {
  Ack,
  PreChatAnswers,
  PreChatSettings,
  WidgetSettingsView,
} from '../../protocol/index.ts';
import type { PreChatSettingsInput } from '../../protocol/schemas/pre-chat.ts';
import type { PreChatSendInput } from '../../protocol/schemas/visitor.ts';
import { adminApi, expectJson } from './admin-api.ts';
import type { TestServer } from './server.ts';
import type { VisitorSocket } from './visitor-client.ts';

/** The form the tests switch on: a name required, a phone optional, a department, one question. */
export const FORM: PreChatSettingsInput = {
  enabled: true,
  fields: [
    { key: 'name', required: true },
    { key: 'phone', required: false },
    { key: 'department', required: true },
    { key: 'custom', label: { 'zh-CN': '订单号', en: 'Order number' }, required: false },
  ],
};

/** PUT /api/admin/widget with the saved settings and this pre-chat form; the settings saved. */
export async function savePreChat(
  server: TestServer,
  cookie: string,
  preChat: unknown,
): Promise<Response> {
  const api = adminApi(server, cookie);
  const view = await expectJson<WidgetSettingsView>(await api('GET', '/api/admin/widget'), 200);
  return api('PUT', '/api/admin/widget', { ...view.settings, preChat });
}

/** Switches the form on and returns it as saved (custom questions with their ids). */
export async function formOn(
  server: TestServer,
  cookie: string,
  form: PreChatSettingsInput = FORM,
): Promise<PreChatSettings> {
  const res = await savePreChat(server, cookie, form);
  return (await expectJson<WidgetSettingsView>(res, 200)).settings.preChat;
}

/** The id the server gave the form's first custom question. */
export function customId(form: PreChatSettings): string {
  const field = form.fields.find((f) => f.key === 'custom');
  if (field?.key !== 'custom') throw new Error('the form has no custom question');
  return field.id;
}

export function sendPreChat(
  socket: VisitorSocket,
  input: PreChatSendInput,
): Promise<Ack<PreChatAnswers>> {
  return socket.timeout(5_000).emitWithAck('preChat.send', input);
}
