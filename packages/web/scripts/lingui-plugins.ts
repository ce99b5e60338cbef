import { lingui, linguiTransformerBabelPreset } from '@lingui/vite-plugin';
import babel from '@rolldown/plugin-babel';
import { precompileMessages } from './precompile-messages.ts';

/** Tend's catalogues and languages (docs/ARCHITECTURE.md, "Languages"). */
const configPath = `${import.meta.dirname}/../../../lingui.config.ts`;

/**
 * What the web app's build and its tests share: Lingui's macros become plain calls, each keeping its
 * English message beside its id ("message"), so English needs no catalogue and a word not yet
 * translated falls back to English; that message arrives compiled (precompile-messages.ts), and `.po`
 * catalogues compile as they are imported, so the browser never compiles a message.
 */
export function linguiPlugins() {
  const macros = linguiTransformerBabelPreset({ descriptorFields: 'message' }, { configPath });
  // In the macros' preset, so it runs on the same files (those that use a macro), after them.
  const preset = { ...macros, preset: { plugins: [...macros.preset.plugins, precompileMessages] } };
  return [babel({ presets: [preset] }), lingui({ configPath })];
}
