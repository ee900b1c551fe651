import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines for log collectors; readable lines when a person watches the terminal
 * (KEFU_LOG_FORMAT, by default pretty on a terminal).
 */
export function createLogger(level: string, pretty = false): Logger {
  if (!pretty) return pino({ name: 'kefu', level });
  return pino({
    name: 'kefu',
    level,
    transport: {
      target: 'pino-pretty',
      options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' },
    },
  });
}
