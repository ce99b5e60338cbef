import { lingui, linguiTransformerBabelPreset } from '@lingui/vite-plugin';
import babel from '@rolldown/plugin-babel';

/** Tend's catalogues and languages (docs/ARCHITECTURE.md, "Languages"). */
const configPath = `${import.meta.dirname}/../../../lingui.config.ts`;

/**
 * What the web app's build and its tests share: Lingui's macros become plain calls, each keeping its
 * English message beside its id ("message"), so English needs no catalogue and a word not yet
 * translated falls back to English; `.po` catalogues compile as they are imported.
 */
export function linguiPlugins() {
  return [
    babel({ presets: [linguiTransformerBabelPreset({ descriptorFields: 'message' }, { configPath })] }),
    lingui({ configPath }),
  ];
}
