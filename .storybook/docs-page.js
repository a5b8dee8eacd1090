// Each element's docs page: Storybook's own (title, description, the first story, its Controls,
// the other stories), then a reference table of the rest of the element's API.
//
// The Controls panel, and the Controls table here, list only what a story can set (see
// stories/only-story-controls.ts): the element's events, CSS parts, custom properties and
// read-only properties are not controls, and listed there they made the panel some 80 rows long,
// most of them a dash and a link to Storybook's website. They are listed here instead, read from
// the custom elements manifest (ArgTypes of the component, not of a story), without the rows the
// Controls table already shows.
//
// A page with no element of its own (the dashboard, whose stories show several) has no such table:
// Storybook's ArgTypes block of a file that names no component shows an error in place of the page.
//
// A filter bar's Controls table follows the bar's current `controls`, as the Controls panel does
// (ShownFiltersControls below).
//
// JavaScript, not TypeScript: Storybook's docs blocks are React components, and the project has
// no React types to check them against (nothing else here uses React).
import { createElement as h, Fragment, useContext, useEffect, useMemo, useState } from 'react';
import { ArgTypes, Controls, Description, DocsContext, Heading, Primary, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { STORY_ARGS_UPDATED } from 'storybook/internal/core-events';
import { showingFilters } from '../stories/shown-filters.js';

export function DocsPageWithApi() {
  const { csfFile } = useOf('meta', ['meta']);
  const primary = useOf('story', ['story']).story;
  const single = Object.keys(csfFile.stories).length === 1;
  const element = Boolean(csfFile.meta.component);
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description, { of: 'meta' }),
    single ? h(Description, { of: 'story' }) : null,
    h(Primary),
    h(ShownFiltersControls, { story: primary }),
    element ? h(Heading, null, 'Events, CSS parts, custom properties and read-only properties') : null,
    element ? h(ArgTypes, { of: 'component', exclude: Object.keys(primary.argTypes) }) : null,
    single ? null : h(Stories),
  );
}

/**
 * Storybook's Controls block for the page's first story, whose filter rows (a filter bar's) follow
 * the story's current `controls`: a filter added there offers its control, one taken out shows a
 * dash (stories/shown-filters.ts). The block reads the story's arg types, worked out once from its
 * initial args: a reader who typed `year` into `controls` here got the bar's year select while the
 * table's year row stayed a dash. (The Controls panel's rows follow by its add-on,
 * .storybook/manager.ts; this page is in the preview, which the add-on does not reach.) The block
 * has no prop for arg types: it reads the page's stories from the docs context, so it is given a context
 * whose story has the rows set from the current args, and is otherwise Storybook's own.
 */
function ShownFiltersControls({ story }) {
  const context = useContext(DocsContext);
  const [args, setArgs] = useState(() => context.getStoryContext(story).args);
  useEffect(() => {
    const follow = (changed) => changed.storyId === story.id && setArgs(changed.args);
    context.channel.on(STORY_ARGS_UPDATED, follow);
    return () => context.channel.off(STORY_ARGS_UPDATED, follow);
  }, [story.id, context.channel]);
  const filterBar = story.component === 'pioneer-filters' && typeof args.controls === 'string';
  const argTypes = filterBar ? showingFilters(story.argTypes, args.controls) : story.argTypes;
  const shownContext = useMemo(() => {
    if (argTypes === story.argTypes) return context;
    const shown = { ...story, argTypes };
    // The context's own methods and fields, but listing this story as shown (the block takes the first of the page's stories).
    return Object.assign(Object.create(context), {
      componentStories: () => context.componentStories().map((s) => (s.id === story.id ? shown : s)),
    });
  }, [context, story, argTypes]);
  return h(DocsContext.Provider, { value: shownContext }, h(Controls));
}
