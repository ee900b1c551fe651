export { initial } from './001_initial.ts';
export { agents } from './002_agents.ts';
export { agentStatus } from './003_agent_status.ts';
export { queue } from './004_queue.ts';
export { faqAdmin } from './005_faq_admin.ts';
export { questionGaps } from './006_question_gaps.ts';
export { transcripts } from './007_transcripts.ts';
export { report } from './008_report.ts';
