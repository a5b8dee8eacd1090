import type { StackSort } from '../../renderers/barrier-stack.js';

/**
 * What `<barrier-stack>` takes, in a module of its own (no element defined by importing it): a
 * page or test that lists them gets the element from wherever it loads it (the embed, say).
 */

/** The measures whose answers form a distribution that stacks to 100%. */
export const STACK_MEASURES = ['barrier', 'facilitator', 'progress', 'covid-effect'] as const;
/** The orders `sort` takes: by the most severe response, questionnaire order, or alphabetical. */
export const STACK_SORTS: readonly StackSort[] = ['severity', 'questionnaire', 'alphabetical'];
