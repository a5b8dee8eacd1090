// The Controls panel's rows of a filter bar's story follow the bar's current `controls`
// (stories/shown-filters.ts). Storybook works out a story's arg types once, from its initial
// args: a reader who typed `year` into `controls` got the bar's year select, but the panel's year
// row stayed a dash. Its conditional rows (`argTypes.year.if`) test an arg's value as a whole
// (truthy, exists, eq, neq), not an entry of a list, and would hide the row rather than show its
// dash, so this add-on sets the rows again in the panel's own copy of the story whenever the
// preview reports its args: when it is prepared (a link's `&args=controls:…` included) and when
// they change (in the panel, or by its reset).
import { addons } from 'storybook/manager-api';
import { STORY_ARGS_UPDATED, STORY_PREPARED } from 'storybook/internal/core-events';
import { showingFilters } from '../stories/shown-filters.js';

addons.register('pioneer-viz/shown-filters', (api) => {
  /** Sets the story's filter rows from `args.controls`, where the story is a filter bar's. */
  const follow = (storyId: string, args: Record<string, unknown> | undefined) => {
    // Storybook's own listener, registered before this one, has already stored the story's args or prepared story.
    const story = api.getData(storyId);
    if (story?.type !== 'story' || !story.argTypes?.controls || typeof args?.controls !== 'string') return;
    const argTypes = showingFilters(story.argTypes, args.controls);
    if (argTypes !== story.argTypes) void api.updateStory(storyId, { argTypes });
  };
  api.on(STORY_PREPARED, ({ id, args }: { id: string; args?: Record<string, unknown> }) => follow(id, args));
  api.on(STORY_ARGS_UPDATED, ({ storyId, args }: { storyId: string; args?: Record<string, unknown> }) => follow(storyId, args));
});
