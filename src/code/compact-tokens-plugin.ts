import { definePlugin } from '@astrojs/starlight/expressive-code';
import { compactTokens, isPlainStyle } from './compact-tokens';

/** The Expressive Code plugin that runs `compactTokens` on every rendered line (see compact-tokens.ts). */
export function pluginCompactTokens() {
  return definePlugin({
    name: 'isolation-lab:compact-tokens',
    hooks: {
      postprocessRenderedLine: ({ renderData, styleVariants }) => {
        const foregrounds = styleVariants.map((v) => String(v.resolvedStyleSettings.get('codeForeground') ?? ''));
        compactTokens(renderData.lineAst, (style) => isPlainStyle(style, foregrounds));
      },
    },
  });
}
