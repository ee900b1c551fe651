export { TranscriptsPage } from './TranscriptsPage.tsx';
