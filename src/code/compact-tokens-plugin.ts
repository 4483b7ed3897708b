import { definePlugin } from '@astrojs/starlight/expressive-code';
import { compactTokens, isPlainStyle } from './compact-tokens';
import { FLAT_LINE_CSS, flattenLine, unwrapIndents } from './flat-lines';

/**
 * The Expressive Code plugin that makes every rendered line cheaper: `compactTokens` (compact-tokens.ts), then, in a
 * block that does not wrap, no indent spans and a plain line as one element (flat-lines.ts).
 */
export function pluginCompactTokens() {
  return definePlugin({
    name: 'isolation-lab:compact-tokens',
    baseStyles: FLAT_LINE_CSS,
    hooks: {
      postprocessRenderedLine: ({ codeBlock, renderData, styleVariants }) => {
        const foregrounds = styleVariants.map((v) => String(v.resolvedStyleSettings.get('codeForeground') ?? ''));
        compactTokens(renderData.lineAst, (style) => isPlainStyle(style, foregrounds));
        if (codeBlock.props.wrap) return;
        unwrapIndents(renderData.lineAst);
        flattenLine(renderData.lineAst);
      },
    },
  });
}
