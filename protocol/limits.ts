/** Limits shared by server and clients; no zod here, so browser bundles can import them. */
export const MESSAGE_MAX_CHARS = 2000;
