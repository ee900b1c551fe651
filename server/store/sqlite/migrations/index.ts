export { initial } from './001_initial.ts';
