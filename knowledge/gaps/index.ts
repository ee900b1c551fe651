export {
  groupGaps,
  type GroupOptions,
  type QuestionGroup,
  type QuestionWording,
  type GapRecord,
} from './group.ts';
export { nearestEntry, type NearestEntry, type Rejected } from './nearest.ts';
