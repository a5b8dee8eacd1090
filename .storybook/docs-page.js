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
// JavaScript, not TypeScript: Storybook's docs blocks are React components, and the project has
// no React types to check them against (nothing else here uses React).
import { createElement as h, Fragment } from 'react';
import { ArgTypes, Controls, Description, Heading, Primary, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';

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
    h(Controls),
    element ? h(Heading, null, 'Events, CSS parts, custom properties and read-only properties') : null,
    element ? h(ArgTypes, { of: 'component', exclude: Object.keys(primary.argTypes) }) : null,
    single ? null : h(Stories),
  );
}
