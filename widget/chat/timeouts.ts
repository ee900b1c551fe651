/** How long an ack may take before the request counts as lost (and is retried or reported). */
export const ACK_MS = 8000;
/** The pause before trying again when the server could not be reached. */
export const RETRY_MS = 3000;
