export * from './ack.ts';
export * from './language.ts';
export * from './limits.ts';
export * from './message.ts';
export * from './visitor.ts';
export * from './agent.ts';
export * from './conversation.ts';
export * from './desk.ts';
