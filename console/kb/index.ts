export { KnowledgePage } from './KnowledgePage.tsx';
