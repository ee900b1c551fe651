export { initial } from './001_initial.ts';
export { agents } from './002_agents.ts';
