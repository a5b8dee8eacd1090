import type { StorybookConfig } from '@storybook/web-components-vite';

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
  viteFinal: async (viteConfig) => {
    const include = viteConfig.optimizeDeps?.include ?? [];
    return { ...viteConfig, optimizeDeps: { ...viteConfig.optimizeDeps, include: [...include, 'lit/directive-helpers.js'] } };
  },
};

export default config;
