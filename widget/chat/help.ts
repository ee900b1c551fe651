import { stylesheet } from './lazy.ts';
import href from './help.css?url';

/** The chunk's styles: linked before its first draw. */
export const styled = stylesheet(href);

export { helpRuleFor as ruleFor } from '../../protocol/page-help.ts';
export { HelpChips } from './HelpChips.tsx';
export { Notices } from './Notices.tsx';
