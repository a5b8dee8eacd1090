import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { searchForWorkspaceRoot } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // A docs page per element (preview.ts tags every story 'autodocs').
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's renderer imports `lit/directive-helpers.js`, which Vite's dev server would serve
  // from node_modules beside its pre-bundled `lit`: a second, development copy of lit-html on
  // every story ("Multiple versions of Lit loaded"). Pre-bundled with it, there is one copy.
  // (scripts/check-storybook-dev.mjs checks it.)
  //
  // The dev server serves files of the project's folder (Vite's default); Storybook's preview loads
  // its module mocker from node_modules. Where node_modules is a link to a folder elsewhere (a
  // working copy sharing another's), the mocker was outside it: every story's page logged a 404 for
  // /vite-inject-mocker-entry.js. The folder node_modules leads to is served too: in a plain
  // checkout, where it is inside the project's folder, this adds nothing.
  viteFinal: async (viteConfig) => {
    const include = viteConfig.optimizeDeps?.include ?? [];
    const root = viteConfig.root ?? process.cwd();
    const modules = join(root, 'node_modules');
    const fs = viteConfig.server?.fs;
    const allow = [...(fs?.allow ?? [searchForWorkspaceRoot(root)]), ...(existsSync(modules) ? [realpathSync(modules)] : [])];
    return {
      ...viteConfig,
      optimizeDeps: { ...viteConfig.optimizeDeps, include: [...include, 'lit/directive-helpers.js'] },
      server: { ...viteConfig.server, fs: { ...fs, allow } },
    };
  },
};

export default config;
