/** Mermaid is drawn with sentinel colours, which post-processing swaps for CSS variables set per site theme. */

/** Colour roles; each becomes `var(--il-dg-<role>)`, defined for light and dark in diagram.css. */
export const ROLES = [
  'text',
  'line',
  'node',
  'node-text',
  'node-border',
  'alt',
  'alt-text',
  'alt-border',
  'group',
  'group-text',
  'group-border',
  'note',
  'note-text',
  'note-border',
] as const;
export type Role = (typeof ROLES)[number];

// Sentinels are unlikely colours (#c0deNN) that no author types; index NN is the role's position.
const sentinel = (role: Role) => `#c0de${(ROLES.indexOf(role) + 16).toString(16).padStart(2, '0')}`;

/** Sentinel hex → role, for the post-processor. */
export const SENTINELS: ReadonlyMap<string, Role> = new Map(ROLES.map((r) => [sentinel(r), r]));

// Every theme variable Mermaid's common diagrams read, pinned to a role, so none is derived by Mermaid
// (derived colours would be hard-coded and not follow the site theme).
const VARIABLE_ROLES: Record<string, Role> = {
  background: 'group',
  textColor: 'text',
  titleColor: 'text',
  lineColor: 'line',
  arrowheadColor: 'line',
  defaultLinkColor: 'line',
  primaryColor: 'node',
  mainBkg: 'node',
  nodeBkg: 'node',
  primaryTextColor: 'node-text',
  nodeTextColor: 'node-text',
  primaryBorderColor: 'node-border',
  nodeBorder: 'node-border',
  secondaryColor: 'alt',
  edgeLabelBackground: 'alt',
  secondaryTextColor: 'alt-text',
  secondaryBorderColor: 'alt-border',
  tertiaryColor: 'group',
  clusterBkg: 'group',
  tertiaryTextColor: 'group-text',
  tertiaryBorderColor: 'group-border',
  clusterBorder: 'group-border',
  noteBkgColor: 'note',
  noteTextColor: 'note-text',
  noteBorderColor: 'note-border',
  actorBkg: 'node',
  actorBorder: 'node-border',
  actorTextColor: 'node-text',
  actorLineColor: 'line',
  signalColor: 'line',
  signalTextColor: 'text',
  labelBoxBkgColor: 'alt',
  labelBoxBorderColor: 'alt-border',
  labelTextColor: 'alt-text',
  loopTextColor: 'text',
  activationBkgColor: 'alt',
  activationBorderColor: 'alt-border',
  sequenceNumberColor: 'alt-text',
  stateBkg: 'node',
  stateLabelColor: 'node-text',
  labelBackgroundColor: 'alt',
  compositeBackground: 'group',
  compositeTitleBackground: 'node',
  compositeBorder: 'node-border',
  altBackground: 'group',
  innerEndBackground: 'node-border',
  specialStateColor: 'line',
  transitionColor: 'line',
  transitionLabelColor: 'text',
  classText: 'node-text',
  relationColor: 'line',
  relationLabelBackground: 'alt',
  relationLabelColor: 'alt-text',
  attributeBackgroundColorOdd: 'node',
  attributeBackgroundColorEven: 'group',
  rowOdd: 'node',
  rowEven: 'group',
  personBkg: 'node',
  personBorder: 'node-border',
  errorBkgColor: 'note',
  errorTextColor: 'note-text',
};

/** The id Mermaid renders under; the post-processor replaces it with a per-diagram prefix. */
export const RENDER_ID = 'il-dg';

/** Mermaid configuration; part of every cache key, so changing it re-renders all diagrams. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  theme: 'base',
  securityLevel: 'strict',
  deterministicIds: true,
  htmlLabels: false,
  // Sized for reading on a phone: nodes as narrow as their (wrapped) labels, and sequence messages wrapped
  // to the space between two lifelines, so a diagram is rarely shrunk below 12 px text.
  flowchart: { htmlLabels: false, minNodeWidth: 40, padding: 8 },
  sequence: {
    wrap: true,
    width: 100,
    actorMargin: 30,
    diagramMarginX: 8,
    actorFontSize: 16,
    noteFontSize: 16,
    messageFontSize: 16,
  },
  fontFamily: 'arial, sans-serif',
  themeVariables: {
    darkMode: false,
    fontFamily: 'arial, sans-serif',
    ...Object.fromEntries(Object.entries(VARIABLE_ROLES).map(([k, role]) => [k, sentinel(role)])),
  },
} as const;
